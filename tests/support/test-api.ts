import { afterAll, afterEach, beforeAll, beforeEach, onTestFinished, vi } from 'vitest';
import { createTestApi } from '@mocks/node';
import type { BackendOptions } from '@mocks/backend/demo-backend';
import { useConnection } from '@/stores/connection';
import { useNotices } from '@/stores/notices';
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
  usePreferences.setState({ pageSize: 25, hiddenColumns: [] });
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
  beforeEach(() => {
    if (clock) {
      clock.set(clock.startMs);
      api.reset();
    } else {
      api.reset({ anchorMs: Date.now(), ...options });
    }
    resetClientState();
  });
  afterEach(() => api.server.resetHandlers());
  afterAll(() => api.server.close());
  return api;
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
