import { useState, useSyncExternalStore } from 'react';
import { idleModule } from '@/lib/idle-module';
import { notify } from '@/stores/notices';
import type { RowAction } from './row-actions';

/** The menu and the library under it (positioning, focus, dismissal): fetched when a row's button is neared. */
const menu = idleModule(() => import('./row-actions-menu-content'));

const TRIGGER =
  'inline-flex size-9 items-center justify-center rounded-md text-lg leading-none text-zinc-700 ring-1 ring-zinc-300 ring-inset hover:bg-zinc-100 data-[state=open]:bg-zinc-100';

/**
 * A row's actions as a menu, where the screen is narrow or has no hover (touch). Each row shows a
 * plain button; the first press mounts that row's menu, open, once its code has arrived.
 */
export function RowActionsMenu({ code, actions }: { code: string; actions: readonly RowAction[] }) {
  const loaded = useSyncExternalStore(menu.subscribe, menu.current, menu.current);
  const [requested, setRequested] = useState(false);
  const label = `Actions for order #${code}`;
  const dots = <span aria-hidden="true">⋯</span>;
  if (loaded && requested) {
    return (
      <loaded.RowActionsMenuContent actions={actions} className={TRIGGER} label={label} defaultOpen>
        {dots}
      </loaded.RowActionsMenuContent>
    );
  }
  const prefetch = () => void menu.load().catch(() => undefined);
  return (
    <button
      type="button"
      aria-label={label}
      aria-haspopup="menu"
      aria-expanded="false"
      data-state="closed"
      className={TRIGGER}
      onPointerEnter={prefetch}
      onFocus={prefetch}
      onClick={() => {
        setRequested(true);
        menu.load().catch(() => {
          setRequested(false);
          notify({
            tone: 'error',
            message: "Couldn't open the order's actions. Check your connection, then try again or reload the page.",
          });
        });
      }}
    >
      {dots}
    </button>
  );
}
