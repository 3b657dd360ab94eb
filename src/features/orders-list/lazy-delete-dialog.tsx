import { useEffect, useEffectEvent, type ComponentProps } from 'react';
import { idleModule, useIdleModule } from '@/lib/idle-module';
import { notify } from '@/stores/notices';
import type { DeleteDialog } from './delete-dialog';
import { NOTICES } from '@/lib/notice-messages';

/** The confirmation and the dialog library under it (focus trap, scroll lock). */
const deleteDialog = idleModule(() => import('./delete-dialog'));

/**
 * The delete confirmation, kept out of the JS All Orders needs to paint: it loads once the browser
 * is idle and is then mounted (closed), as if imported directly, so Delete opens it at once. A
 * Delete pressed before that loads it straight away.
 */
export function LazyDeleteDialog(props: ComponentProps<typeof DeleteDialog>) {
  const loaded = useIdleModule(deleteDialog);
  const requested = props.entries !== null;
  const onLoadFailed = useEffectEvent(() => {
    notify({
      tone: 'error',
      message: NOTICES.lazyLoadFailed('delete confirmation'),
    });
    props.onCancel();
  });

  useEffect(() => {
    if (loaded || !requested) return;
    let live = true;
    deleteDialog.load().catch(() => {
      if (live) onLoadFailed();
    });
    return () => {
      live = false;
    };
  }, [loaded, requested]);

  return loaded ? <loaded.DeleteDialog {...props} /> : null;
}
