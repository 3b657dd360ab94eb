import { describe, expect, it } from 'vitest';
import { DemoBackend } from './demo-backend';
import { emptyOverlay, OVERLAY_KEY, webOverlayStorage } from './overlay';

const ANCHOR = Date.parse('2026-11-22T12:00:00Z');

describe('the demo data kept in the browser', () => {
  it.each([
    ['not JSON', '{"seedOrders":'],
    ['JSON of another shape', '[1,2,3]'],
    [
      'an edited order that is not an order',
      JSON.stringify({ ...emptyOverlay(50, ANCHOR), upserts: { x: { id: 1 } } }),
    ],
    ['a deletion without a time', JSON.stringify({ ...emptyOverlay(50, ANCHOR), deletions: { ord_000001: 'now' } })],
  ])('is dropped when it holds %s: the demo starts from its seed, without a crash', (_what, garbage) => {
    localStorage.setItem(OVERLAY_KEY, garbage);
    const storage = webOverlayStorage(localStorage);
    expect(storage.load()).toBeNull();
    expect(localStorage.getItem(OVERLAY_KEY)).toBeNull();
    const backend = new DemoBackend({ storage, seedOrders: 50, anchorMs: ANCHOR });
    expect(backend.list({ status: 'all', q: '', sort: '-createdAt', page: 1, pageSize: 25 }).total).toBe(50);
  });

  it('is read back as it was saved', () => {
    const storage = webOverlayStorage(localStorage);
    const saved = { ...emptyOverlay(50, ANCHOR), deletions: { ord_000001: ANCHOR }, created: 2 };
    storage.save(saved);
    expect(storage.load()).toEqual(saved);
  });
});
