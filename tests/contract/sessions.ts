import { describe, expect, it } from 'vitest';
import { orderListResponseSchema, sessionResponseSchema } from '@/api/contract';
import { ENDPOINTS } from '@/backend/endpoints';
import { SIGN_IN_LIMITS } from '@/domain';
import { call, expectBody, expectError, signIn, takeOrder } from './support/http';
import { CREDENTIALS, TRUSTS_FORWARDED_FOR } from './support/target';

const WRITE = { 'X-Requested-With': 'orderdesk' };
const unknownEmail = (tag: string) => `nobody-${tag}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`;

async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Sessions over real HTTP, where the suite alone decides which cookie a request carries. */
export function sessionContract() {
  describe('without a session', () => {
    it('every orders endpoint answers 401 unauthenticated, reads and writes alike', async () => {
      const order = await takeOrder('unpaid');
      let tried = 0;
      for (const endpoint of ENDPOINTS) {
        const path = endpoint.path.replace(':id', order.id);
        const answer = await call(endpoint.method.toUpperCase() as 'GET', path, {
          cookie: null,
          ...(endpoint.body ? { json: { ids: [order.id] } } : {}),
          headers: { ...WRITE, 'Idempotency-Key': 'no-session' },
        });
        expectError(answer, 401, 'unauthenticated');
        tried += 1;
      }
      expect(tried).toBe(ENDPOINTS.length);
      expectError(await call('GET', '/session', { cookie: null }), 401, 'unauthenticated');
      expect((await call('GET', '/openapi.json', { cookie: null })).status).toBe(200);
      expect((await call('GET', `/orders/${order.id}`)).status).toBe(200);
    });

    it('a made-up, garbled or re-addressed session cookie opens nothing', async () => {
      const { cookie } = await signIn(CREDENTIALS);
      const token = cookie!.split('.').slice(1).join('.');
      for (const forged of [
        'orderdesk_session=mer_demo.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
        'orderdesk_session=garbage',
        `orderdesk_session=mer_other.${token}`,
        `orderdesk_session=${cookie!.split('=')[1]!.slice(0, -2)}xx`,
      ]) {
        expectError(await call('GET', '/orders?pageSize=1', { cookie: forged }), 401, 'unauthenticated');
      }
    });
  });

  describe('POST /api/session', () => {
    it('signs in with an HttpOnly, SameSite=Lax cookie for the whole site, and GET /api/session says who', async () => {
      const { answer, cookie } = await signIn(CREDENTIALS);
      const session = expectBody(answer, 200, sessionResponseSchema);
      expect(session.user.email).toBe(CREDENTIALS.email);
      const line = answer.headers.getSetCookie().find((header) => header.startsWith('orderdesk_session='))!;
      expect(line).toMatch(/; HttpOnly/i);
      expect(line).toMatch(/; SameSite=Lax/i);
      expect(line).toMatch(/; Path=\//i);
      expect(line).not.toMatch(/; Secure/i);
      expect(expectBody(await call('GET', '/session', { cookie }), 200, sessionResponseSchema)).toEqual(session);
      expectBody(await call('GET', '/orders?pageSize=1', { cookie }), 200, orderListResponseSchema);
    });

    it('answers a wrong password and an unknown email alike, in about the same time', async () => {
      const wrong = { email: CREDENTIALS.email, password: `${CREDENTIALS.password}-not` };
      const nobody = { email: unknownEmail('timing'), password: 'whatever-it-is' };
      const [wrongAnswer, nobodyAnswer] = [(await signIn(wrong)).answer, (await signIn(nobody)).answer];
      const first = expectError(wrongAnswer, 401, 'invalid_credentials');
      expect(expectError(nobodyAnswer, 401, 'invalid_credentials')).toEqual(first);
      expect(wrongAnswer.headers.getSetCookie()).toEqual([]);
      const wrongTimes: number[] = [];
      const nobodyTimes: number[] = [];
      for (let round = 0; round < 3; round += 1) {
        wrongTimes.push(await elapsed(() => signIn(wrong)));
        nobodyTimes.push(await elapsed(() => signIn(nobody)));
      }
      // Both check a password hash: an unknown email must not answer measurably sooner.
      expect(median(nobodyTimes)).toBeGreaterThan(median(wrongTimes) * 0.5);
    });

    it('gives a new session on every sign-in: a cookie planted before it is not the one after, and opens nothing', async () => {
      const planted = (await signIn(CREDENTIALS)).cookie!;
      const { answer, cookie } = await signIn(CREDENTIALS, { Cookie: planted });
      expect(answer.status).toBe(200);
      expect(cookie).not.toBe(planted);
      expectError(await call('GET', '/session', { cookie: planted }), 401, 'unauthenticated');
      expect((await call('GET', '/session', { cookie })).status).toBe(200);
    });

    it('leaves the session the browser has when a sign-in fails', async () => {
      const { cookie } = await signIn(CREDENTIALS);
      const failed = await signIn({ ...CREDENTIALS, password: `${CREDENTIALS.password}-typo` }, { Cookie: cookie! });
      expectError(failed.answer, 401, 'invalid_credentials');
      expect((await call('GET', '/session', { cookie })).status).toBe(200);
    });

    it('is refused from another site (403), setting no cookie', async () => {
      const refusals: Record<string, string>[] = [{ Origin: 'http://evil.example' }, { 'X-Requested-With': '' }];
      for (const headers of refusals) {
        const answer = await call('POST', '/session', { json: CREDENTIALS, headers, cookie: null });
        expectError(answer, 403, 'forbidden');
        expect(answer.headers.getSetCookie()).toEqual([]);
      }
    });

    it(`answers 429 too_many_attempts with Retry-After after ${SIGN_IN_LIMITS.perEmail} failures for one email`, async () => {
      const email = unknownEmail('limit');
      for (let attempt = 0; attempt < SIGN_IN_LIMITS.perEmail; attempt += 1) {
        expectError((await signIn({ email, password: `guess-${attempt}` })).answer, 401, 'invalid_credentials');
      }
      const { answer } = await signIn({ email, password: 'one-more-guess' });
      const body = expectError(answer, 429, 'too_many_attempts');
      const retryAfter = Number(answer.headers.get('Retry-After'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_LIMITS.windowMs / 1000);
      expect(body.message).toMatch(/try again in \d+ seconds?/i);
      // Another email from the same client is not held up by that one.
      expect((await signIn(CREDENTIALS)).answer.status).toBe(200);
    });

    it('limits guesses sent all at once as surely as guesses sent one by one', async () => {
      const email = unknownEmail('burst');
      const headers: Record<string, string> = TRUSTS_FORWARDED_FOR ? { 'X-Forwarded-For': '192.0.2.44' } : {};
      const answers = await Promise.all(
        Array.from({ length: SIGN_IN_LIMITS.perEmail * 2 }, (_, guess) =>
          signIn({ email, password: `burst-${guess}` }, headers).then(({ answer }) => answer.status),
        ),
      );
      expect(answers.filter((status) => status === 401).length).toBeLessThanOrEqual(SIGN_IN_LIMITS.perEmail);
      expect(answers.filter((status) => status === 429).length).toBeGreaterThanOrEqual(SIGN_IN_LIMITS.perEmail);
      expect(answers.every((status) => status === 401 || status === 429)).toBe(true);
    });

    if (TRUSTS_FORWARDED_FOR) {
      it(`answers 429 after ${SIGN_IN_LIMITS.perAddress} failures from one address, whatever the emails`, async () => {
        const address = { 'X-Forwarded-For': `203.0.113.${Math.floor(Math.random() * 250) + 1}` };
        for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAddress; attempt += 1) {
          const { answer } = await signIn({ email: unknownEmail(`spray${attempt}`), password: 'spray' }, address);
          expectError(answer, 401, 'invalid_credentials');
        }
        expectError((await signIn(CREDENTIALS, address)).answer, 429, 'too_many_attempts');
        expect((await signIn(CREDENTIALS, { 'X-Forwarded-For': '198.51.100.7' })).answer.status).toBe(200);
      });
    }
  });

  describe('DELETE /api/session', () => {
    it('signs out: that session ends, another of the same user goes on, and the cookie is cleared', async () => {
      const first = (await signIn(CREDENTIALS)).cookie!;
      const second = (await signIn(CREDENTIALS)).cookie!;
      const answer = await call('DELETE', '/session', { cookie: first, headers: WRITE });
      expect(answer.status).toBe(204);
      expect(answer.headers.getSetCookie().join()).toMatch(/orderdesk_session=;.*Max-Age=0/i);
      expectError(await call('GET', '/orders?pageSize=1', { cookie: first }), 401, 'unauthenticated');
      expect((await call('GET', '/orders?pageSize=1', { cookie: second })).status).toBe(200);
      expect((await call('DELETE', '/session', { cookie: null, headers: WRITE })).status).toBe(204);
    });
  });
}
