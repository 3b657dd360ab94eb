import { z } from '@/domain/zod';

/** `?redirect=/orders/ord_1?tab=x`: where the merchant was, to go back to once signed in. */
export const signInSearchSchema = z.object({
  redirect: z.catch(z.optional(z.string()), undefined),
});

/** Only a path of this app (never another site, never the sign-in page itself); else All Orders. */
export function redirectTarget(redirect: string | undefined): string {
  if (!redirect || !redirect.startsWith('/') || redirect.startsWith('//') || redirect.startsWith('/\\')) return '/';
  if (/^\/sign-in(?:[/?#]|$)/.test(redirect)) return '/';
  return redirect;
}
