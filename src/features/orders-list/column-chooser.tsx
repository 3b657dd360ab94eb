import { memo, useLayoutEffect, useRef, useState } from 'react';
import { idleModule, useIdleModule } from '@/lib/idle-module';
import { notify } from '@/stores/notices';
import { NOTICES } from '@/lib/notice-messages';

/** The popover and the library under it (positioning, focus, dismissal) load after the page has painted. */
const popover = idleModule(() => import('./column-chooser-popover'));

const TRIGGER =
  'inline-flex h-9 items-center gap-1.5 rounded-md bg-white px-3 text-sm font-medium text-zinc-800 shadow-xs ring-1 ring-zinc-300 ring-inset hover:bg-zinc-50';

/**
 * Show or hide columns. Until the popover has loaded (when the browser is first idle) the trigger is
 * the same button without it; pressed then, the popover opens as soon as it arrives.
 */
// No props: the page's renders (each paging, sort or tab) leave it, and the popover under it, alone.
export const ColumnChooser = memo(function ColumnChooser() {
  const loaded = useIdleModule(popover);
  const [openOnLoad, setOpenOnLoad] = useState(false);
  const [focused, setFocused] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  // The button is a new element once the popover is in: if focus was on the old one, put it back.
  const refocus = loaded !== undefined && focused && !openOnLoad;
  useLayoutEffect(() => {
    if (refocus && (!document.activeElement || document.activeElement === document.body)) trigger.current?.focus();
  }, [refocus]);

  const label = (
    <>
      Columns
      <span aria-hidden="true" className="text-[10px] text-zinc-500">
        ▼
      </span>
    </>
  );
  if (loaded) {
    return (
      <loaded.ColumnChooserPopover className={TRIGGER} triggerRef={trigger} defaultOpen={openOnLoad}>
        {label}
      </loaded.ColumnChooserPopover>
    );
  }
  return (
    <button
      ref={trigger}
      type="button"
      aria-haspopup="dialog"
      aria-expanded="false"
      data-state="closed"
      className={TRIGGER}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onClick={() => {
        setOpenOnLoad((open) => !open);
        popover.load().catch(() => {
          setOpenOnLoad(false);
          notify({
            tone: 'error',
            message: NOTICES.lazyLoadFailed('column chooser'),
          });
        });
      }}
    >
      {label}
    </button>
  );
});
