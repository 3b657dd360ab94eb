import { create } from 'zustand';

/**
 * Whether the session ended mid-work: a request answered 401 `unauthenticated`. The app then asks
 * the merchant to sign in again over the page, which stays as it is. `writeLost` says a change was
 * refused meanwhile, so the merchant is told to send it again.
 */
interface SessionExpiryState {
  expired: boolean;
  writeLost: boolean;
  report: (write: boolean) => void;
  clear: () => void;
}

export const useSessionExpiry = create<SessionExpiryState>()((set) => ({
  expired: false,
  writeLost: false,
  report: (write) =>
    set((state) =>
      state.expired && (state.writeLost || !write) ? state : { expired: true, writeLost: state.writeLost || write },
    ),
  clear: () => set((state) => (state.expired || state.writeLost ? { expired: false, writeLost: false } : state)),
}));
