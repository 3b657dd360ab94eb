import { PASSWORD_LIMITS, TEXT_LIMITS, VALIDATION_MESSAGES } from '@/domain';
import { z } from '@/domain/zod';

/** Enough to catch a slip before asking the server; whether the account exists is the server's to say. */
export const signInFormSchema = z.object({
  email: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Enter your email address'),
      z.maxLength(TEXT_LIMITS.email),
      z.regex(/^[^\s@]+@[^\s@]+$/, VALIDATION_MESSAGES.email),
    ),
  password: z.string().check(z.minLength(1, 'Enter your password'), z.maxLength(PASSWORD_LIMITS.max)),
});

export type SignInValues = z.infer<typeof signInFormSchema>;
