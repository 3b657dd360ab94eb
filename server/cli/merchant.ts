/**
 * `npm run merchant -- create --name "Store" --email owner@example.com --password … [--owner "Name"] [--orders N]`:
 * a store, its owner, and optionally N orders from the demo's generator.
 * `npm run merchant -- set-password --email … --password …`: a new password; every session of that user ends.
 */
import { parseArgs } from 'node:util';
import { PASSWORD_LIMITS, TEXT_LIMITS } from '@/domain';
import { readConfig } from '../config';
import { openDatabase } from '../db/database';
import { createStore, setPassword } from '../db/merchants';
import { migrateToLatest } from '../db/migrate';

const MAX_ORDERS = 5_000_000;
const USAGE =
  'Usage: npm run merchant -- create --name "Store name" --email owner@example.com --password "…" [--owner "Owner name"] [--orders N]\n' +
  '       npm run merchant -- set-password --email owner@example.com --password "…"';

function required(value: string | undefined, flag: string): string {
  const trimmed = value?.trim();
  if (!trimmed) throw new Error(`${flag} is required.\n${USAGE}`);
  return trimmed;
}

function checkedEmail(value: string | undefined): string {
  const email = required(value, '--email');
  if (email.length > TEXT_LIMITS.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new Error(`--email must be an email address, like owner@example.com (got "${email}").`);
  }
  return email;
}

function checkedPassword(value: string | undefined): string {
  const password = value ?? '';
  if (password.length < PASSWORD_LIMITS.min || password.length > PASSWORD_LIMITS.max) {
    throw new Error(`--password must be ${PASSWORD_LIMITS.min} to ${PASSWORD_LIMITS.max} characters.`);
  }
  return password;
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      owner: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      orders: { type: 'string' },
    },
  });
  const command = positionals[0];
  if (command !== 'create' && command !== 'set-password') throw new Error(USAGE);
  const email = checkedEmail(values.email);
  const password = checkedPassword(values.password);

  const database = await openDatabase(readConfig().database);
  try {
    await migrateToLatest(database.db);
    if (command === 'set-password') {
      if (!(await setPassword(database.db, email, password))) throw new Error(`There is no account for ${email}.`);
      console.log(`Password changed for ${email}; every session of theirs has ended.`);
      return;
    }
    const name = required(values.name, '--name');
    const orders = Number(values.orders ?? '0');
    if (!Number.isInteger(orders) || orders < 0 || orders > MAX_ORDERS) {
      throw new Error(`--orders takes a whole number from 0 to ${MAX_ORDERS.toLocaleString('en-US')}.`);
    }
    const started = performance.now();
    const created = await createStore(database.db, {
      merchant: { name },
      owner: { name: values.owner?.trim() || email.split('@')[0]!, email, password },
      orders,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Created store "${name}" (${created?.merchantId}) with ${orders.toLocaleString('en-US')} orders in ${seconds} s (${database.description}).`,
    );
    console.log(`Sign in as ${email.toLowerCase()} with the password you chose.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
