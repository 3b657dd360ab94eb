import { create } from 'zustand';

export interface NoticeAction {
  label: string;
  /** The notice stays, busy, until a returned promise settles. */
  run: () => void | Promise<void>;
}

export interface Notice {
  id: number;
  message: string;
  tone: 'success' | 'error' | 'info';
  action?: NoticeAction;
  /** How long it stays (not counting while hovered or focused); the action goes with it. */
  durationMs: number;
}

interface NoticeState {
  notices: Notice[];
  notify: (notice: Omit<Notice, 'id' | 'durationMs' | 'tone'> & Partial<Pick<Notice, 'durationMs' | 'tone'>>) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Notices after every action, announced to screen readers by the notice region. */
export const useNotices = create<NoticeState>()((set) => ({
  notices: [],
  notify: ({ tone = 'success', durationMs = 6000, ...notice }) => {
    const id = nextId++;
    set((state) => ({ notices: [...state.notices.slice(-3), { id, tone, durationMs, ...notice }] }));
    return id;
  },
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
}));

export const notify = (...args: Parameters<NoticeState['notify']>) => useNotices.getState().notify(...args);
