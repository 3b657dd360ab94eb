import { useSyncExternalStore } from 'react';

interface MediaStore {
  subscribe: (onChange: () => void) => () => void;
  matches: () => boolean;
}

const stores = new WeakMap<Window, Map<string, MediaStore>>();

/**
 * One MediaQueryList per query, shared by every component that asks: a page of rows asks 25
 * times, and each matchMedia() call makes and evaluates a new list.
 */
function mediaStore(query: string): MediaStore {
  let byQuery = stores.get(window);
  if (!byQuery) stores.set(window, (byQuery = new Map()));
  let store = byQuery.get(query);
  if (!store) {
    const list = window.matchMedia(query);
    store = {
      subscribe: (onChange) => {
        list.addEventListener('change', onChange);
        return () => list.removeEventListener('change', onChange);
      },
      matches: () => list.matches,
    };
    byQuery.set(query, store);
  }
  return store;
}

/** Whether the media query matches now; follows it as the window changes. */
export function useMediaQuery(query: string): boolean {
  const store = mediaStore(query);
  return useSyncExternalStore(store.subscribe, store.matches, () => false);
}

/** Below Tailwind's `sm` breakpoint: a phone held upright. */
export const PHONE_QUERY = '(max-width: 639.98px)';
