import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createTestApi } from '@mocks/node';
import type { BackendOptions } from '@mocks/backend/demo-backend';
import { useConnection } from '@/stores/connection';
import { useNotices } from '@/stores/notices';
import { usePreferences } from '@/features/orders-list/preferences-store';
import { useSelection } from '@/features/orders-list/selection-store';

export const ANCHOR_MS = Date.parse('2026-11-22T12:00:00Z');

/**
 * A fresh demo backend (MSW in Node) for every test, and fresh client stores. The backend's clock
 * is the real one unless a test passes `now`.
 */
export function useTestApi(options: BackendOptions = { seedOrders: 120 }) {
  const api = createTestApi(options);
  beforeAll(() => api.server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    api.reset({ anchorMs: Date.now(), ...options });
    window.localStorage.clear();
    useNotices.setState({ notices: [] });
    useConnection.setState({ browserOnline: true, serverReachable: true });
    window.sessionStorage.clear();
    useSelection.getState().clear();
    usePreferences.setState({ pageSize: 25, hiddenColumns: [] });
  });
  afterEach(() => api.server.resetHandlers());
  afterAll(() => api.server.close());
  return api;
}
