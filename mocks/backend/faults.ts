import { createRandom } from '@/backend/seed/prng';

/** Faults the demo backend can inject, to see how the app behaves on a bad network. */
export interface FaultSettings {
  /** Added to every answer. */
  latencyMs: number;
  /** Share of requests answered with a 500. */
  failRate: number;
  /** Share of requests that never answer. */
  timeoutRate: number;
  /** Every request fails as if the network were gone. */
  offline: boolean;
}

export const NO_FAULTS: FaultSettings = { latencyMs: 0, failRate: 0, timeoutRate: 0, offline: false };

const clampRate = (value: number) => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);

/** `latency:300,fail:0.2,timeout:0.05,offline` → settings; anything unknown is ignored. */
export function parseFaults(text: string | null | undefined): FaultSettings {
  const settings = { ...NO_FAULTS };
  for (const part of (text ?? '').split(',')) {
    const [name = '', raw = ''] = part.trim().split(':');
    const value = Number(raw);
    if (name === 'latency' && Number.isFinite(value)) settings.latencyMs = Math.min(30_000, Math.max(0, value));
    else if (name === 'fail') settings.failRate = clampRate(value);
    else if (name === 'timeout') settings.timeoutRate = clampRate(value);
    else if (name === 'offline') settings.offline = true;
  }
  return settings;
}

export type FaultKind = 'latency' | 'failure' | 'timeout' | 'offline';

/** Decides, per request, which fault to inject; seeded so a test run is repeatable. Counts what it did. */
export class FaultInjector {
  readonly injected: Record<FaultKind, number> = { latency: 0, failure: 0, timeout: 0, offline: 0 };
  private random = createRandom(7);

  constructor(public settings: FaultSettings = NO_FAULTS) {}

  set(settings: Partial<FaultSettings>): void {
    this.settings = { ...this.settings, ...settings };
  }

  next(): { latencyMs: number; outcome: 'ok' | 'failure' | 'timeout' | 'offline' } {
    const { latencyMs, failRate, timeoutRate, offline } = this.settings;
    if (latencyMs > 0) this.injected.latency += 1;
    if (offline) {
      this.injected.offline += 1;
      return { latencyMs, outcome: 'offline' };
    }
    const roll = this.random.next();
    if (roll < timeoutRate) {
      this.injected.timeout += 1;
      return { latencyMs, outcome: 'timeout' };
    }
    if (roll < timeoutRate + failRate) {
      this.injected.failure += 1;
      return { latencyMs, outcome: 'failure' };
    }
    return { latencyMs, outcome: 'ok' };
  }

  get total(): number {
    return this.injected.failure + this.injected.timeout + this.injected.offline;
  }
}
