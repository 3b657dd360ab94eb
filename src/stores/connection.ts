import { create } from 'zustand';

/**
 * Whether the server can be reached: the browser's own online flag, and the last request's
 * fate (a network failure or time-out means offline until a request gets through again).
 */
interface ConnectionState {
  browserOnline: boolean;
  serverReachable: boolean;
  setBrowserOnline: (online: boolean) => void;
  setServerReachable: (reachable: boolean) => void;
}

export const useConnection = create<ConnectionState>()((set) => ({
  browserOnline: typeof navigator === 'undefined' ? true : navigator.onLine,
  serverReachable: true,
  setBrowserOnline: (browserOnline) => set({ browserOnline }),
  setServerReachable: (serverReachable) =>
    set((state) => (state.serverReachable === serverReachable ? state : { serverReachable })),
}));

export const selectOffline = (state: ConnectionState) => !state.browserOnline || !state.serverReachable;
