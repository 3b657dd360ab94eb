import { appendFileSync } from 'node:fs';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import { DemoBackend } from '@mocks/backend/demo-backend';
import { createHandlers } from '@mocks/handlers';

/**
 * Which backend the contract suite talks to: the server at CONTRACT_BASE_URL, or, without it, the
 * demo backend's MSW handlers in this process (a fresh store of 500 orders seeded now).
 */
export const BACKEND_NAME = process.env.CONTRACT_BACKEND ?? (process.env.CONTRACT_BASE_URL ? 'server' : 'msw');
export const BASE_URL = (process.env.CONTRACT_BASE_URL ?? 'http://localhost').replace(/\/$/, '');

let requests = 0;
const counted: typeof fetch = (input, init) => {
  requests += 1;
  return fetch(input, init);
};
export const sendRequest = counted;

export function setUpContractTarget() {
  if (process.env.CONTRACT_BASE_URL) {
    afterAll(() => report());
    return;
  }
  const backend = new DemoBackend({ seedOrders: 500 });
  const server = setupServer(...createHandlers(() => backend.serve));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => {
    server.close();
    report();
  });
}

/** Each file's count goes to CONTRACT_REPORT (one number a line) for the runner to add up. */
function report() {
  const file = process.env.CONTRACT_REPORT;
  if (file) appendFileSync(file, `${requests}\n`);
  else console.log(`contract (${BACKEND_NAME}): ${requests} requests sent`);
}
