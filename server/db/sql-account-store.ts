import type { Kysely } from 'kysely';
import type { AccountStore, Principal } from '@/backend/account-store';
import { SIGN_IN_LIMITS } from '@/domain';
import { executePrepared } from './database';
import type { Database } from './schema';

/** Users, sessions and failed sign-ins in PostgreSQL, so every server process sees the same. */
export class SqlAccountStore implements AccountStore {
  constructor(private readonly db: Kysely<Database>) {}

  async findUserByEmail(email: string) {
    const row = await this.db
      .selectFrom('users')
      .innerJoin('merchants', 'merchants.id', 'users.merchant_id')
      .where('users.email', '=', email)
      .select([
        'users.id as userId',
        'users.name as userName',
        'users.email',
        'users.password_hash',
        'merchants.id as merchantId',
        'merchants.name as merchantName',
      ])
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      user: { id: row.userId, name: row.userName, email: row.email },
      merchant: { id: row.merchantId, name: row.merchantName },
      passwordHash: row.password_hash,
    };
  }

  async failures(email: string, address: string, since: Date, except: string) {
    const times = (column: 'email' | 'address', value: string) =>
      this.db
        .selectFrom('sign_in_failures')
        .where(column, '=', value)
        .where('at', '>=', since)
        .where('id', '<>', except)
        .select('at')
        .orderBy('at')
        .execute()
        .then((rows) => rows.map((row) => new Date(row.at)));
    const [byEmail, byAddress] = await Promise.all([times('email', email), times('address', address)]);
    return { email: byEmail, address: byAddress };
  }

  async recordFailure(email: string, address: string, at: Date): Promise<string> {
    return this.db.transaction().execute(async (trx) => {
      // Old failures count for nothing: each new one sweeps them away.
      await trx
        .deleteFrom('sign_in_failures')
        .where('at', '<', new Date(at.getTime() - SIGN_IN_LIMITS.windowMs))
        .execute();
      const row = await trx
        .insertInto('sign_in_failures')
        .values({ email, address, at })
        .returning('id')
        .executeTakeFirstOrThrow();
      return String(row.id);
    });
  }

  async forgetAttempt(id: string) {
    await this.db.deleteFrom('sign_in_failures').where('id', '=', id).execute();
  }

  async createSession(principal: Principal, tokenHash: string, at: Date) {
    await this.db
      .insertInto('sessions')
      .values({
        merchant_id: principal.merchant.id,
        token_hash: tokenHash,
        user_id: principal.user.id,
        created_at: at,
        last_seen_at: at,
      })
      .execute();
  }

  async findSession(merchantId: string, tokenHash: string) {
    const query = this.db
      .selectFrom('sessions')
      .innerJoin('users', (join) =>
        join.onRef('users.merchant_id', '=', 'sessions.merchant_id').onRef('users.id', '=', 'sessions.user_id'),
      )
      .innerJoin('merchants', 'merchants.id', 'sessions.merchant_id')
      .where('sessions.merchant_id', '=', merchantId)
      .where('sessions.token_hash', '=', tokenHash)
      .select([
        'users.id as userId',
        'users.name as userName',
        'users.email',
        'merchants.id as merchantId',
        'merchants.name as merchantName',
        'sessions.created_at',
        'sessions.last_seen_at',
      ]);
    const [row] = (await executePrepared(this.db, query.compile())).rows;
    if (!row) return undefined;
    return {
      user: { id: row.userId, name: row.userName, email: row.email },
      merchant: { id: row.merchantId, name: row.merchantName },
      createdAt: new Date(row.created_at),
      lastSeenAt: new Date(row.last_seen_at),
    };
  }

  async touchSession(merchantId: string, tokenHash: string, at: Date) {
    await this.db
      .updateTable('sessions')
      .set({ last_seen_at: at })
      .where('merchant_id', '=', merchantId)
      .where('token_hash', '=', tokenHash)
      .execute();
  }

  async deleteSession(merchantId: string, tokenHash: string) {
    await this.db
      .deleteFrom('sessions')
      .where('merchant_id', '=', merchantId)
      .where('token_hash', '=', tokenHash)
      .execute();
  }
}
