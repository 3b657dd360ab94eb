import type { AccountStore, Secrets } from '@/backend/account-store';
import { DEMO_MERCHANT, DEMO_PASSWORD, DEMO_USER } from '@/backend/demo-store';
import type { Overlay } from '../backend/overlay';

/**
 * The demo's one user and its sessions (kept with the demo's data, so a reload stays signed in or
 * signed out). Failed attempts are counted in memory only.
 */
export class MemoryAccountStore implements AccountStore {
  private readonly failed: { id: string; email: string; address: string; at: Date }[] = [];
  private attempts = 0;

  constructor(
    private readonly overlay: () => Overlay,
    private readonly persist: () => void,
  ) {}

  async findUserByEmail(email: string) {
    return email === DEMO_USER.email
      ? { user: { ...DEMO_USER }, merchant: { ...DEMO_MERCHANT }, passwordHash: DEMO_PASSWORD }
      : undefined;
  }

  async failures(email: string, address: string, since: Date, except: string) {
    const recent = this.failed.filter((failure) => failure.at >= since && failure.id !== except);
    return {
      email: recent.filter((failure) => failure.email === email).map((failure) => failure.at),
      address: recent.filter((failure) => failure.address === address).map((failure) => failure.at),
    };
  }

  async recordFailure(email: string, address: string, at: Date) {
    this.attempts += 1;
    const id = String(this.attempts);
    this.failed.push({ id, email, address, at });
    if (this.failed.length > 1000) this.failed.splice(0, this.failed.length - 1000);
    return id;
  }

  async forgetAttempt(id: string) {
    const index = this.failed.findIndex((failure) => failure.id === id);
    if (index >= 0) this.failed.splice(index, 1);
  }

  async createSession(_principal: unknown, tokenHash: string, at: Date) {
    this.overlay().sessions[tokenHash] = { createdAt: at.getTime(), lastSeenAt: at.getTime() };
    this.persist();
  }

  async findSession(merchantId: string, tokenHash: string) {
    const session = merchantId === DEMO_MERCHANT.id ? this.overlay().sessions[tokenHash] : undefined;
    if (!session) return undefined;
    return {
      user: { ...DEMO_USER },
      merchant: { ...DEMO_MERCHANT },
      createdAt: new Date(session.createdAt),
      lastSeenAt: new Date(session.lastSeenAt),
    };
  }

  async touchSession(_merchantId: string, tokenHash: string, at: Date) {
    const session = this.overlay().sessions[tokenHash];
    if (session) session.lastSeenAt = at.getTime();
    this.persist();
  }

  async deleteSession(_merchantId: string, tokenHash: string) {
    delete this.overlay().sessions[tokenHash];
    this.persist();
  }
}

/**
 * The demo's secrets are not secret: its one password is published and its data sits in the
 * browser's storage. Tokens are still random; the server hashes with scrypt and SHA-256.
 */
export const demoSecrets: Secrets = {
  newToken: () => crypto.randomUUID().replaceAll('-', ''),
  hashToken: async (token) => token,
  verifyPassword: async (password, stored) => password === stored,
  decoyHash: Promise.resolve('\u0000'),
};
