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

it('runs a soon task in the next idle period, while a chunk asked for before it is still arriving', async () => {
  const { markMainContentShown, whenIdle } = await freshIdleModule();
  markMainContentShown();
  const ran: string[] = [];
  whenIdle(() => {
    ran.push('order page');
    return new Promise(() => undefined);
  });
  whenIdle(() => ran.push('tooltips'));
  await vi.advanceTimersByTimeAsync(0);
  await idlePeriod();
  whenIdle(() => ran.push('next page'), { soon: true });
  await vi.advanceTimersByTimeAsync(0);
  await idlePeriod();
  expect(ran).toEqual(['order page', 'next page']);
});

it('never runs a task taken back, and gives it no idle period', async () => {
  const { markMainContentShown, whenIdle } = await freshIdleModule();
  markMainContentShown();
  const ran: string[] = [];
  const takeBackPage2 = whenIdle(() => ran.push('page 2'), { soon: true });
  const takeBackDialog = whenIdle(() => ran.push('dialog'));
  whenIdle(() => ran.push('tooltips'));
  takeBackPage2();
  takeBackDialog();
  await vi.advanceTimersByTimeAsync(0);
  await idlePeriod();
  expect(ran).toEqual(['tooltips']);
  await idlePeriod();
  expect(ran).toEqual(['tooltips']);
});

it('falls back to a timer when asking for idle time throws', async () => {
  const { markMainContentShown, whenIdle } = await freshIdleModule();
  vi.stubGlobal('requestIdleCallback', () => {
    throw new Error('not supported');
  });
  markMainContentShown();
  const ran: string[] = [];
  whenIdle(() => ran.push('a'));
  whenIdle(() => ran.push('b'), { soon: true });
  await vi.advanceTimersByTimeAsync(0);
  await vi.advanceTimersByTimeAsync(0);
  expect(ran.sort()).toEqual(['a', 'b']);
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
