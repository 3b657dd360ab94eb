import { appendFileSync } from 'node:fs';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import { DEMO_PASSWORD, DEMO_USER } from '@/backend/demo-store';
import { DemoBackend } from '@mocks/backend/demo-backend';
import { createHandlers } from '@mocks/handlers';
import { signInForSuite } from './http';

/**
 * Which backend the contract suite talks to: the server at CONTRACT_BASE_URL, or, without it, the
 * demo backend's MSW handlers in this process (a fresh store of 500 orders seeded now).
 */
export const BACKEND_NAME = process.env.CONTRACT_BACKEND ?? (process.env.CONTRACT_BASE_URL ? 'server' : 'msw');
export const BASE_URL = (process.env.CONTRACT_BASE_URL ?? 'http://localhost').replace(/\/$/, '');

/** Whom the suite signs in as: the demo user unless CONTRACT_EMAIL / CONTRACT_PASSWORD say otherwise. */
export const CREDENTIALS = {
  email: process.env.CONTRACT_EMAIL ?? DEMO_USER.email,
  password: process.env.CONTRACT_PASSWORD ?? DEMO_PASSWORD,
};

/** A user of another store, for the isolation tests: CONTRACT_OTHER_EMAIL / CONTRACT_OTHER_PASSWORD. */
export const OTHER_STORE = process.env.CONTRACT_OTHER_EMAIL
  ? { email: process.env.CONTRACT_OTHER_EMAIL, password: process.env.CONTRACT_OTHER_PASSWORD ?? '' }
  : null;

/**
 * Whether the suite alone decides which cookie each request carries: over real HTTP, yes. In this
 * process MSW adds the cookies it has seen to every request, so "no session" can't be sent.
 */
export const COOKIES_UNDER_TEST = Boolean(process.env.CONTRACT_BASE_URL);

/** Whether the server believes X-Forwarded-For (set by the runner for the servers it starts). */
export const TRUSTS_FORWARDED_FOR = process.env.CONTRACT_TRUSTS_PROXY === 'true';

let requests = 0;
const counted: typeof fetch = (input, init) => {
  requests += 1;
  return fetch(input, init);
};
export const sendRequest = counted;

export function setUpContractTarget() {
  if (process.env.CONTRACT_BASE_URL) {
    beforeAll(() => signInForSuite());
    afterAll(() => report());
    return;
  }
  const backend = new DemoBackend({ seedOrders: 500 });
  const server = setupServer(...createHandlers(() => backend.serve));
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    await signInForSuite();
  });
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
