import { useEffect, useState } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import type { OrderFormValues } from './form-values';

const PREFIX = 'orderdesk.draft.';
const SAVE_DELAY_MS = 400;

type Path = FieldPath<OrderFormValues>;

/**
 * Only what the merchant changed is kept, field by field (the items as a whole), so putting a
 * draft back never overwrites what someone else changed meanwhile in fields they didn't touch.
 */
interface StoredDraft {
  changes: [Path, unknown][];
  savedAt: number;
}

/** The paths RHF marks dirty: { shippingAddress: { line1: true } } → ['shippingAddress.line1']. */
function dirtyPaths(dirty: Record<string, unknown>, prefix = ''): Path[] {
  return Object.entries(dirty).flatMap(([key, value]): Path[] => {
    const path = `${prefix}${key}`;
    if (key === 'items' && prefix === '') return value ? ['items'] : [];
    if (value === true) return [path as Path];
    if (value && typeof value === 'object') return dirtyPaths(value as Record<string, unknown>, `${path}.`);
    return [];
  });
}

function read(key: string): StoredDraft | null {
  try {
    const raw = window.sessionStorage.getItem(PREFIX + key);
    const draft = raw ? (JSON.parse(raw) as Partial<StoredDraft>) : null;
    return draft && Array.isArray(draft.changes) ? (draft as StoredDraft) : null;
  } catch {
    return null;
  }
}

function write(key: string, form: UseFormReturn<OrderFormValues>): void {
  const changes = dirtyPaths(form.formState.dirtyFields as Record<string, unknown>).map((path): [Path, unknown] => [
    path,
    form.getValues(path),
  ]);
  try {
    window.sessionStorage.setItem(PREFIX + key, JSON.stringify({ changes, savedAt: Date.now() } satisfies StoredDraft));
  } catch {
    // Storage full or blocked: the form still holds the values for this visit.
  }
}

/** Every kept draft goes (the demo data was reset, so they describe orders that no longer exist). */
export function discardAllDrafts(): void {
  try {
    for (const key of Object.keys(window.sessionStorage))
      if (key.startsWith(PREFIX)) window.sessionStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was kept.
  }
}

export function discardDraft(key: string): void {
  try {
    window.sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing was stored.
  }
}

/**
 * Keeps what the merchant typed in sessionStorage until it is saved, so a reload, a crash or a
 * failed save loses nothing. A draft found on opening the form is put back into it.
 */
export function useDraft(key: string, form: UseFormReturn<OrderFormValues>) {
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const draft = read(key);
    if (draft && draft.changes.length > 0) {
      for (const [path, value] of draft.changes) form.setValue(path, value as never, { shouldDirty: true });
      // Restoring once on mount is syncing with external storage.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestored(true);
    }
  }, [key, form]);

  useEffect(() => {
    let timer: number | undefined;
    const persist = () => {
      timer = undefined;
      if (form.formState.isDirty) write(key, form);
      else discardDraft(key);
    };
    const subscription = form.watch(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(persist, SAVE_DELAY_MS);
    });
    // Leaving (or a reload) right after the last keystroke still keeps it.
    const flush = () => {
      if (timer !== undefined) {
        window.clearTimeout(timer);
        persist();
      }
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
      subscription.unsubscribe();
    };
  }, [key, form]);

  return {
    restored,
    dismissRestored: () => setRestored(false),
    discard: (serverValues: OrderFormValues) => {
      discardDraft(key);
      form.reset(serverValues);
      setRestored(false);
    },
    clear: () => discardDraft(key),
  };
}
