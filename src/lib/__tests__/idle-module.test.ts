import { afterEach, beforeEach, expect, it, vi } from 'vitest';

/** Idle callbacks the page asked for; the test says when the browser is idle. */
let idleCallbacks: (() => void)[] = [];

async function freshIdleModule() {
  vi.resetModules();
  return import('../idle-module');
}

/** One idle period: runs the idle callbacks asked for so far, then lets promises settle. */
async function idlePeriod() {
  for (const callback of idleCallbacks.splice(0)) callback();
  await vi.advanceTimersByTimeAsync(0);
}

beforeEach(() => {
  idleCallbacks = [];
  vi.useFakeTimers();
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idleCallbacks.push(callback));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

it('runs nothing until the main content has shown, then one task per idle period', async () => {
  const { markMainContentShown, whenIdle } = await freshIdleModule();
  const ran: string[] = [];
  whenIdle(() => ran.push('a'));
  whenIdle(() => ran.push('b'));
  await idlePeriod();
  expect(idleCallbacks).toHaveLength(0);
  expect(ran).toEqual([]);

  markMainContentShown();
  await vi.advanceTimersByTimeAsync(0);
  await idlePeriod();
  expect(ran).toEqual(['a']);
  await idlePeriod();
  expect(ran).toEqual(['a', 'b']);
});

it('starts the next task only once the chunk the last one asked for has arrived', async () => {
  const { markMainContentShown, whenIdle } = await freshIdleModule();
  markMainContentShown();
  let arrive: () => void = () => undefined;
  const ran: string[] = [];
  whenIdle(() => {
    ran.push('dialog');
    return new Promise<void>((resolve) => (arrive = resolve));
  });
  whenIdle(() => ran.push('popover'));
  await vi.advanceTimersByTimeAsync(0);
  await idlePeriod();
  await idlePeriod();
  expect(ran).toEqual(['dialog']);
  expect(idleCallbacks).toHaveLength(0);

  arrive();
  await vi.advanceTimersByTimeAsync(0);
  await idlePeriod();
  expect(ran).toEqual(['dialog', 'popover']);
});

it('puts a task asked for first ahead of those waiting', async () => {
  const { markMainContentShown, whenIdle } = await freshIdleModule();
  const ran: string[] = [];
  whenIdle(() => ran.push('order page'));
  whenIdle(() => ran.push('tooltips'));
  whenIdle(() => ran.push('next page'), { first: true });
  markMainContentShown();
  await vi.advanceTimersByTimeAsync(0);
  for (let period = 0; period < 3; period += 1) await idlePeriod();
  expect(ran).toEqual(['next page', 'order page', 'tooltips']);
});

it('goes on after a task that fails, and after 5 s without one that never settles', async () => {
  const { markMainContentShown, whenIdle } = await freshIdleModule();
  markMainContentShown();
  const ran: string[] = [];
  whenIdle(() => {
    ran.push('throws');
    throw new Error('Failed to fetch dynamically imported module');
  });
  whenIdle(() => {
    ran.push('rejects');
    return Promise.reject(new Error('offline'));
  });
  whenIdle(() => {
    ran.push('hangs');
    return new Promise(() => undefined);
  });
  whenIdle(() => ran.push('last'));
  await vi.advanceTimersByTimeAsync(0);
  for (let period = 0; period < 3; period += 1) await idlePeriod();
  expect(ran).toEqual(['throws', 'rejects', 'hangs']);

  await vi.advanceTimersByTimeAsync(4_900);
  await idlePeriod();
  expect(ran).toHaveLength(3);
  await vi.advanceTimersByTimeAsync(100);
  await idlePeriod();
  expect(ran).toEqual(['throws', 'rejects', 'hangs', 'last']);
});

it('runs the tasks 3 s after the first was asked for if the page never says its content has shown', async () => {
  const { whenIdle } = await freshIdleModule();
  const ran: string[] = [];
  whenIdle(() => ran.push('a'));
  await vi.advanceTimersByTimeAsync(2_900);
  await idlePeriod();
  expect(ran).toEqual([]);
  await vi.advanceTimersByTimeAsync(100);
  await idlePeriod();
  expect(ran).toEqual(['a']);
});
