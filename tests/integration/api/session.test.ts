import { describe, expect, it } from 'vitest';
import { apiErrorBodySchema, sessionResponseSchema, WRITE_HEADER } from '@/api/contract';
import { DEMO_PASSWORD, DEMO_USER } from '@/backend/demo-store';
import { SIGN_IN_LIMITS } from '@/domain';
import { setUpApi } from './support';

setUpApi();

const url = (path: string) => `${window.location.origin}/api${path}`;
const send = (method: string, path: string, body?: unknown) =>
  fetch(url(path), {
    method,
    headers: { 'Content-Type': 'application/json', [WRITE_HEADER.name]: WRITE_HEADER.value },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('sign-in on the demo', () => {
  it('starts signed in as the demo user', async () => {
    const session = sessionResponseSchema.parse(await (await send('GET', '/session')).json());
    expect(session.user).toEqual(DEMO_USER);
  });

  it('signs out (every request is then 401) and back in with the demo credentials', async () => {
    expect((await send('DELETE', '/session')).status).toBe(204);
    const refused = await send('GET', '/orders?pageSize=1');
    expect(refused.status).toBe(401);
    expect(apiErrorBodySchema.parse(await refused.json()).code).toBe('unauthenticated');

    const signedIn = await send('POST', '/session', { email: DEMO_USER.email.toUpperCase(), password: DEMO_PASSWORD });
    expect(signedIn.status).toBe(200);
    expect((await send('GET', '/orders?pageSize=1')).status).toBe(200);
  });

  it('answers a wrong password and an unknown email alike, and 429 after too many failures', async () => {
    const wrong = await send('POST', '/session', { email: DEMO_USER.email, password: 'not-the-password' });
    const nobody = await send('POST', '/session', { email: 'nobody@example.test', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual(await nobody.json());
    for (let attempt = 1; attempt < SIGN_IN_LIMITS.perEmail; attempt += 1) {
      await send('POST', '/session', { email: DEMO_USER.email, password: `guess-${attempt}` });
    }
    const limited = await send('POST', '/session', { email: DEMO_USER.email, password: DEMO_PASSWORD });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(apiErrorBodySchema.parse(await limited.json()).message).toMatch(/Try again in \d+ seconds?/);
  });
});
