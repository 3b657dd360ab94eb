import { matchRequestUrl } from 'msw';
import { describe, expect, it } from 'vitest';
import { api } from './http';

describe('the mock API paths', () => {
  const origin = window.location.origin;

  it('match the API under the app origin', () => {
    expect(matchRequestUrl(new URL(`${origin}/api/orders/ord_000001`), api('/orders/:id')).matches).toBe(true);
  });

  it('never match the app source files the dev server serves under /src/api/', () => {
    const source = new URL(`${origin}/src/api/orders/get-order.ts`);
    expect(matchRequestUrl(source, api('/orders/:id')).matches).toBe(false);
  });
});
