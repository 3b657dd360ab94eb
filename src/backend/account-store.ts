import type { SessionResponse } from '@/api/contract';

/** Who is asking: a user and the store (merchant) they work for. */
export type Principal = SessionResponse;

export interface SessionRecord extends Principal {
  createdAt: Date;
  lastSeenAt: Date;
}

/**
 * What sign-in needs from storage: users by email, failed attempts, and sessions kept by the hash
 * of their token (a leaked table gives no one a session). The demo keeps them in memory
 * (mocks/db), the server in PostgreSQL (server/db).
 */
export interface AccountStore {
  findUserByEmail(email: string): Promise<(Principal & { passwordHash: string }) | undefined>;
  /**
   * When each recent failed sign-in happened, for this email and for this client address, oldest
   * first, leaving out the attempt `except` (the one asking).
   */
  failures(email: string, address: string, since: Date, except: string): Promise<{ email: Date[]; address: Date[] }>;
  /** Counts an attempt as failed until `forgetAttempt`: parallel guesses each see the others. Answers its id. */
  recordFailure(email: string, address: string, at: Date): Promise<string>;
  forgetAttempt(id: string): Promise<void>;
  createSession(principal: Principal, tokenHash: string, at: Date): Promise<void>;
  findSession(merchantId: string, tokenHash: string): Promise<SessionRecord | undefined>;
  touchSession(merchantId: string, tokenHash: string, at: Date): Promise<void>;
  deleteSession(merchantId: string, tokenHash: string): Promise<void>;
}

/** Secrets, kept apart so the server can use Node's scrypt while the demo runs in a browser. */
export interface Secrets {
  /** A new session token: unguessable, URL- and cookie-safe. */
  newToken(): string;
  hashToken(token: string): Promise<string>;
  verifyPassword(password: string, stored: string): Promise<boolean>;
  /** A stored hash no password matches, verified against for an unknown email so it takes as long. */
  readonly decoyHash: Promise<string>;
}
