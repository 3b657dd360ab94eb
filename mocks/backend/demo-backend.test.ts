import { describe, expect, it } from 'vitest';
import { DemoBackend } from './demo-backend';
import { memoryOverlayStorage } from './overlay';

const ANCHOR = Date.parse('2026-11-22T12:00:00Z');

describe('the demo backend keeps what it stores small', () => {
  it('records a bulk delete of seeded orders as deletions only, and still restores and reloads them', async () => {
    const storage = memoryOverlayStorage();
    let now = ANCHOR;
    const backend = new DemoBackend({ seedOrders: 2_000, anchorMs: ANCHOR, storage, now: () => new Date(now) });
    const { ids } = backend.ids({ status: 'unpaid', q: '' });
    expect(ids.length).toBeGreaterThan(100);

    const { deleted } = await backend.api.bulkDelete(ids);
    expect(deleted).toEqual(ids);
    const saved = storage.load();
    expect(Object.keys(saved?.deletions ?? {})).toHaveLength(ids.length);
    expect(Object.keys(saved?.upserts ?? {})).toHaveLength(0);

    const reloaded = new DemoBackend({ storage, now: () => new Date(now) });
    expect(reloaded.list({ status: 'unpaid', q: '', sort: '-createdAt', page: 1, pageSize: 25 }).total).toBe(0);

    now += 30_000;
    const { restored } = await reloaded.api.restore(ids.slice(0, 3));
    expect(restored).toEqual(ids.slice(0, 3));
    const back = reloaded.get(ids[0] ?? '');
    expect(back.ok && back.body.status).toBe('unpaid');
  });
});
