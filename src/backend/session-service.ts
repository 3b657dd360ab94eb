import { normalizeEmail, sessionAlive, signInAllowed, SIGN_IN_LIMITS } from '@/domain';
import type { SessionResponse, SignInBody } from '@/api/contract';
import type { AccountStore, Principal, Secrets } from './account-store';
import { failure, success, type Outcome } from './outcome';

export const SESSION_COOKIE = 'orderdesk_session';

export const SESSION_MESSAGES = {
  invalidCredentials: 'That email and password don’t match an account.',
  unauthenticated: 'Sign in to continue.',
  tooManyAttempts: (seconds: number) =>
    `Too many sign-in attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
} as const;

/** A session is touched at most this often, so most requests only read it. */
const TOUCH_EVERY_MS = 60_000;

/** A cookie's value: the merchant's id, so the session's row is found by its key, and the secret token. */
const cookieValue = (merchantId: string, token: string) => `${merchantId}.${token}`;

function parseCookie(value: string | undefined): { merchantId: string; token: string } | null {
  const match = value ? /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{16,128})$/.exec(value) : null;
  return match ? { merchantId: match[1]!, token: match[2]! } : null;
}

export type SignInOutcome = Outcome<SessionResponse> & { cookie?: string; retryAfterSeconds?: number };

/**
 * Sign-in, once, for the demo and the server: the attempt limits, the same answer and the same
 * work for a wrong password as for an unknown email, a new token on every sign-in (so a token
 * planted before it is worthless), and the session's idle and absolute expiry.
 */
export class SessionService {
  constructor(
    private readonly store: AccountStore,
    private readonly secrets: Secrets,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async signIn(body: SignInBody, address: string): Promise<SignInOutcome> {
    const email = normalizeEmail(body.email);
    const now = this.now();
    const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
    // Counted as a failure before the password is checked, so guesses sent all at once are
    // limited as surely as guesses sent one after another.
    const attempt = await this.store.recordFailure(email, address, now);
    const decision = signInAllowed(await this.store.failures(email, address, since, attempt), now);
    if (!decision.allowed) {
      await this.store.forgetAttempt(attempt);
      return {
        ...failure<SessionResponse>(
          429,
          'too_many_attempts',
          SESSION_MESSAGES.tooManyAttempts(decision.retryAfterSeconds),
          {
            retryAfterSeconds: decision.retryAfterSeconds,
          },
        ),
        retryAfterSeconds: decision.retryAfterSeconds,
      };
    }
    const user = await this.store.findUserByEmail(email);
    const matches = await this.secrets.verifyPassword(
      body.password,
      user?.passwordHash ?? (await this.secrets.decoyHash),
    );
    if (!user || !matches)
      return failure<SessionResponse>(401, 'invalid_credentials', SESSION_MESSAGES.invalidCredentials);
    await this.store.forgetAttempt(attempt);
    const principal: Principal = { user: user.user, merchant: user.merchant };
    const token = this.secrets.newToken();
    await this.store.createSession(principal, await this.secrets.hashToken(token), now);
    return { ...success(principal), cookie: cookieValue(principal.merchant.id, token) };
  }

  /** The signed-in user for a session cookie, or null when it is missing, unknown or expired. */
  async authenticate(cookie: string | undefined): Promise<Principal | null> {
    const parsed = parseCookie(cookie);
    if (!parsed) return null;
    const tokenHash = await this.secrets.hashToken(parsed.token);
    const session = await this.store.findSession(parsed.merchantId, tokenHash);
    const now = this.now();
    if (!session) return null;
    if (!sessionAlive(session, now)) {
      await this.store.deleteSession(parsed.merchantId, tokenHash);
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
      await this.store.touchSession(parsed.merchantId, tokenHash, now);
    }
    return { user: session.user, merchant: session.merchant };
  }

  async current(cookie: string | undefined): Promise<Outcome<SessionResponse>> {
    const principal = await this.authenticate(cookie);
    return principal ? success(principal) : unauthenticated();
  }

  async signOut(cookie: string | undefined): Promise<void> {
    const parsed = parseCookie(cookie);
    if (parsed) await this.store.deleteSession(parsed.merchantId, await this.secrets.hashToken(parsed.token));
  }
}

export const unauthenticated = <T = never>() => failure<T>(401, 'unauthenticated', SESSION_MESSAGES.unauthenticated);
