/**
 * `npm run seed -- --orders N [--store ID]`: replaces a store's orders with N orders from the
 * demo's generator (the same orders the demo shows for N). Without --store: the first store, or a
 * new demo store in an empty database.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../config';
import { openDatabase } from '../db/database';
import { createDemoStore, DEMO_MERCHANT, findFirstMerchant } from '../db/merchants';
import { migrateToLatest } from '../db/migrate';
import { reseedOrders } from '../db/seed-orders';

const MAX_ORDERS = 5_000_000;

async function main() {
  const { values } = parseArgs({ options: { orders: { type: 'string' }, store: { type: 'string' } } });
  const orders = Number(values.orders ?? 'none');
  if (!Number.isInteger(orders) || orders < 0 || orders > MAX_ORDERS) {
    throw new Error(
      `--orders takes a whole number from 0 to ${MAX_ORDERS.toLocaleString('en-US')}, e.g. npm run seed -- --orders 1000`,
    );
  }
  const config = readConfig();
  const database = await openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    const started = performance.now();
    let storeId = values.store ?? (await findFirstMerchant(database.db))?.id;
    if (!storeId) {
      await createDemoStore(database.db, 0);
      storeId = DEMO_MERCHANT.id;
    }
    let last = 0;
    await reseedOrders(database.db, storeId, orders, Date.now(), (done) => {
      if (done - last >= 100_000 || done === orders) {
        last = done;
        process.stdout.write(`\r  ${done.toLocaleString('en-US')} / ${orders.toLocaleString('en-US')} orders`);
        if (done === orders && orders >= 100_000) process.stdout.write(', now building the indexes…');
      }
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `\nSeeded ${orders.toLocaleString('en-US')} orders into store ${storeId} (${database.description}) in ${seconds} s.`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
