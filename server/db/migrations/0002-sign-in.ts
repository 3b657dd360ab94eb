import { sql, type Kysely } from 'kysely';
import { ACTIVITY_ACTIONS } from '@/domain';

/**
 * Users, their sessions, failed sign-ins, and each order's activity. A merchant's rows lead their
 * keys with merchant_id; two lookups come before the merchant is known, and say so: a user by
 * email at sign-in (emails are unique across stores), and failed attempts by email or address.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('merchant_id', sql`text collate "C"`, (c) => c.notNull().references('merchants.id'))
    .addColumn('id', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().check(sql`email = lower(btrim(email))`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('users_pkey', ['merchant_id', 'id'])
    .execute();
  // On a distributed engine this lookup becomes a small reference table (email → merchant, user).
  await db.schema.createIndex('users_email_key').unique().on('users').column('email').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('merchant_id', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('token_hash', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('user_id', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('sessions_pkey', ['merchant_id', 'token_hash'])
    .addForeignKeyConstraint('sessions_user_fkey', ['merchant_id', 'user_id'], 'users', ['merchant_id', 'id'], (c) =>
      c.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('sessions_by_user').on('sessions').columns(['merchant_id', 'user_id']).execute();

  await db.schema
    .createTable('sign_in_failures')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_in_failures_by_email').on('sign_in_failures').columns(['email', 'at']).execute();
  await db.schema
    .createIndex('sign_in_failures_by_address')
    .on('sign_in_failures')
    .columns(['address', 'at'])
    .execute();

  const actions = sql.join(ACTIVITY_ACTIONS.map((action) => sql.lit(action)));
  await db.schema
    .createTable('order_activity')
    .addColumn('merchant_id', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('order_id', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('user_id', sql`text collate "C"`, (c) => c.notNull())
    /** The name as it was: the trail reads the same after a user is renamed. */
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in (${actions})`))
    .addColumn('changes', 'jsonb', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('request_id', 'text')
    .addPrimaryKeyConstraint('order_activity_pkey', ['merchant_id', 'order_id', 'id'])
    .addForeignKeyConstraint('order_activity_order_fkey', ['merchant_id', 'order_id'], 'orders', ['merchant_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('order_activity').execute();
  await db.schema.dropTable('sign_in_failures').execute();
  await db.schema.dropTable('sessions').execute();
  await db.schema.dropTable('users').execute();
}
