import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, onTestFinished, vi } from 'vitest';
import { createTestApi } from '@mocks/node';
import { setDemoSessionCookie } from '@mocks/backend/overlay';
import { DEMO_PASSWORD, DEMO_USER } from '@/backend/demo-store';
import { SESSION_COOKIE } from '@/backend/session-service';
import type { BackendOptions } from '@mocks/backend/demo-backend';
import { useConnection } from '@/stores/connection';
import { useNotices } from '@/stores/notices';
import { useSessionExpiry } from '@/stores/session-expiry';
import { usePreferences } from '@/features/orders-list/preferences-store';
import { useSelection } from '@/features/orders-list/selection-store';

/** The moment the seeded data is built around, when a test fixes the clock. */
export const ANCHOR = Date.parse('2026-11-22T12:00:00Z');

export type TestApi = ReturnType<typeof createTestApi>;

/** The backend's clock, moved by the test; back at its start before every test. */
export interface Clock {
  readonly startMs: number;
  nowMs: number;
  advance(ms: number): void;
  set(ms: number): void;
}

export function createClock(startMs = ANCHOR): Clock {
  const clock: Clock = {
    startMs,
    nowMs: startMs,
    advance(ms) {
      clock.nowMs += ms;
    },
    set(ms) {
      clock.nowMs = ms;
    },
  };
  return clock;
}

/** Client state that outlives a render: browser storage and the in-memory stores. */
function resetClientState(): void {
  window.localStorage.clear();
  window.sessionStorage.clear();
  useNotices.setState({ notices: [] });
  useConnection.setState({ browserOnline: true, serverReachable: true });
  useSelection.getState().clear();
  useSessionExpiry.getState().clear();
  usePreferences.setState({ pageSize: 25, hiddenColumns: [] });
}

const FORGET_COOKIES_PATH = '/__test/forget-session-cookie';

/**
 * A sign-in's session cookie outlives its test (the page keeps the cookies answers set, for the
 * whole file), and a fresh backend knows no session but the demo user's first. An answer that
 * expires the cookie, then the page's demo cookie again: every test starts signed in as the demo user.
 */
async function restoreDemoSessionCookie(api: TestApi): Promise<void> {
  api.server.use(
    http.get(`*${FORGET_COOKIES_PATH}`, () =>
      HttpResponse.text('', { headers: { 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=0` } }),
    ),
  );
  await fetch(new URL(FORGET_COOKIES_PATH, window.location.href));
  api.server.resetHandlers();
  setDemoSessionCookie(document);
}

/**
 * Sets up, for every test of the file, a fresh demo backend behind MSW in Node and fresh client
 * state. The backend runs on the real clock seeded around "now", unless a test clock is given:
 * then the seed is built around the clock's start and the backend reads the time from it.
 */
export function setUpApi(options: BackendOptions = { seedOrders: 120 }, clock?: Clock): TestApi {
  const api = createTestApi(
    clock ? { anchorMs: clock.startMs, now: () => new Date(clock.nowMs), ...options } : options,
  );
  beforeAll(() => api.server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(async () => {
    if (clock) {
      clock.set(clock.startMs);
      api.reset();
    } else {
      api.reset({ anchorMs: Date.now(), ...options });
    }
    resetClientState();
    await restoreDemoSessionCookie(api);
  });
  afterEach(() => api.server.resetHandlers());
  afterAll(() => api.server.close());
  return api;
}

/**
 * Signs the page in anew as the demo user, at the time it is now: a test that moves the clock days
 * ahead has outlived the demo's first session (sessions end after 12 idle hours, 7 days at most).
 */
export async function signInAfresh(api: TestApi): Promise<void> {
  const { cookie } = await api.backend.serve.signIn({ email: DEMO_USER.email, password: DEMO_PASSWORD }, 'test');
  if (!cookie) throw new Error('The demo user could not sign in');
  document.cookie = `${SESSION_COOKIE}=${cookie}; path=/`;
}

/**
 * Fake timers that also follow the real clock, for this test: the app and the demo backend run as
 * usual, and `vi.advanceTimersByTimeAsync(ms)` shows what `ms` later looks like without sleeping.
 */
export function fakeTimersFollowingTheClock(): void {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
  onTestFinished(() => {
    vi.useRealTimers();
  });
}
