import { create } from 'zustand';

/**
 * The order whose row takes focus when All Orders next shows it: a dialog opened from a row that
 * closes on another route (the refund dialog has its own URL) hands focus back to that row.
 */
interface ReturnFocusState {
  orderId: string | null;
  returnTo: (orderId: string) => void;
  clear: () => void;
}

export const useReturnFocus = create<ReturnFocusState>((set) => ({
  orderId: null,
  returnTo: (orderId) => set({ orderId }),
  clear: () => set({ orderId: null }),
}));
