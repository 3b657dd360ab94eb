import { useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { discardDraft, readDraft, writeDraft, type DraftChange, type DraftPath } from './draft-storage';
import type { OrderFormValues } from './form-values';

const SAVE_DELAY_MS = 400;

type Form = UseFormReturn<OrderFormValues>;

/** The paths RHF marks dirty: { shippingAddress: { line1: true } } → ['shippingAddress.line1']. */
function dirtyPaths(dirty: Record<string, unknown>, prefix = ''): DraftPath[] {
  return Object.entries(dirty).flatMap(([key, value]): DraftPath[] => {
    const path = `${prefix}${key}`;
    if (key === 'items' && prefix === '') return value ? ['items'] : [];
    if (value === true) return [path as DraftPath];
    if (value && typeof value === 'object') return dirtyPaths(value as Record<string, unknown>, `${path}.`);
    return [];
  });
}

function keep(key: string, form: Form): void {
  const dirty = dirtyPaths(form.formState.dirtyFields as Record<string, unknown>);
  writeDraft(
    key,
    dirty.map((path) => [path, form.getValues(path)] as const),
  );
}

function apply(form: Form, change: DraftChange): void {
  const options = { shouldDirty: true };
  if (change.path === 'items') form.setValue('items', change.value, options);
  else if (change.path === 'shippingMethod') form.setValue('shippingMethod', change.value, options);
  else form.setValue(change.path, change.value, options);
}

/**
 * Keeps what the merchant typed in sessionStorage until it is saved, so a reload, a crash or a
 * failed save loses nothing. A draft found on opening the form is put back into it.
 */
export function useDraft(key: string, form: Form) {
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const changes = readDraft(key);
    if (changes && changes.length > 0) {
      for (const change of changes) apply(form, change);
      // Restoring once on mount is syncing with external storage.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestored(true);
    }
  }, [key, form]);

  useEffect(() => {
    let timer: number | undefined;
    const persist = () => {
      timer = undefined;
      if (form.formState.isDirty) keep(key, form);
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
