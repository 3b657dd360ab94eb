import { useEffect, useId, useRef, useState } from 'react';
import { cx } from '@/lib/cx';
import { useNotices, type Notice } from '@/stores/notices';

const TONES: Record<Notice['tone'], string> = {
  success: 'border-l-emerald-500',
  error: 'border-l-red-500',
  info: 'border-l-sky-500',
};

/** Where the merchant is typing: a notice must not take focus from there. */
function isTyping(element: Element | null): boolean {
  return (
    element instanceof HTMLElement &&
    (element.isContentEditable ||
      element.matches('textarea, select, input:not([type=checkbox], [type=radio], [type=button], [type=submit])'))
  );
}

/** The page heading takes focus when the focused notice goes, so focus never falls to the body. */
function focusPageHeading() {
  document.querySelector<HTMLElement>('main h1')?.focus();
}

/** Counts down only while the merchant is neither pointing at the notice nor in it. */
function useDismissTimer(notice: Notice, held: boolean) {
  const dismiss = useNotices((state) => state.dismiss);
  const remaining = useRef(notice.durationMs);
  useEffect(() => {
    if (held) return;
    const started = Date.now();
    const timer = window.setTimeout(() => dismiss(notice.id), remaining.current);
    return () => {
      window.clearTimeout(timer);
      remaining.current = Math.max(0, remaining.current - (Date.now() - started));
    };
  }, [dismiss, notice.id, held]);
}

function NoticeCard({ notice }: { notice: Notice }) {
  const dismiss = useNotices((state) => state.dismiss);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [running, setRunning] = useState(false);
  const card = useRef<HTMLDivElement>(null);
  const actionButton = useRef<HTMLButtonElement>(null);
  const messageId = useId();
  useDismissTimer(notice, hovered || focused || running);

  // A notice with an action (Undo, Try again) is where the merchant's next key press belongs.
  const hasAction = notice.action !== undefined;
  useEffect(() => {
    if (hasAction && !isTyping(document.activeElement)) actionButton.current?.focus();
  }, [hasAction]);

  const close = () => {
    if (card.current?.contains(document.activeElement)) focusPageHeading();
    dismiss(notice.id);
  };

  const runAction = async () => {
    if (!notice.action || running) return;
    setRunning(true);
    try {
      await notice.action.run();
    } finally {
      close();
    }
  };

  return (
    <div
      ref={card}
      className={cx(
        'pointer-events-auto flex w-full max-w-md items-start gap-3 rounded-lg border-l-4 bg-zinc-900 px-4 py-3 text-sm text-white shadow-xl',
        TONES[notice.tone],
      )}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
    >
      <p id={messageId} className="min-w-0 flex-1 leading-snug">
        {notice.message}
      </p>
      {notice.action ? (
        <button
          ref={actionButton}
          type="button"
          aria-describedby={messageId}
          aria-disabled={running || undefined}
          className="shrink-0 rounded px-1.5 font-semibold text-sky-300 hover:text-sky-200 aria-disabled:opacity-60"
          onClick={() => void runAction()}
        >
          {notice.action.label}
        </button>
      ) : null}
      <button
        type="button"
        aria-label="Dismiss notice"
        className="shrink-0 rounded px-1 text-zinc-400 hover:text-white"
        onClick={close}
      >
        ✕
      </button>
    </div>
  );
}

/** Where notices appear; role="status" so screen readers announce each one. */
export function NoticeRegion() {
  const notices = useNotices((state) => state.notices);
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed bottom-4 left-1/2 z-50 flex w-full max-w-md -translate-x-1/2 flex-col gap-2 px-4"
    >
      {notices.map((notice) => (
        <NoticeCard key={notice.id} notice={notice} />
      ))}
    </div>
  );
}
