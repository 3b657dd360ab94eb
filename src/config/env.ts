import { z } from '@/domain/zod';

const envSchema = z.object({
  /** The backend's origin, e.g. https://api.example.com. Empty: the app's own origin. */
  VITE_API_URL: z._default(z.union([z.url(), z.literal('')]), ''),
  /** "true" runs the demo backend (MSW) in the browser. */
  VITE_MOCK: z._default(z.enum(['true', 'false', '']), 'false'),
});

const parsed = envSchema.safeParse(import.meta.env);
if (!parsed.success) {
  throw new Error(
    `Orderdesk is misconfigured: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
  );
}

export const env = {
  apiUrl: parsed.data.VITE_API_URL.replace(/\/$/, ''),
  mock: parsed.data.VITE_MOCK === 'true',
};
