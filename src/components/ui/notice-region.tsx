import { useEffect } from 'react';
import { cx } from '@/lib/cx';
import { useNotices, type Notice } from '@/stores/notices';

const TONES: Record<Notice['tone'], string> = {
  success: 'border-l-emerald-500',
  error: 'border-l-red-500',
  info: 'border-l-sky-500',
};

function NoticeCard({ notice }: { notice: Notice }) {
  const dismiss = useNotices((state) => state.dismiss);
  useEffect(() => {
    const timer = window.setTimeout(() => dismiss(notice.id), notice.durationMs);
    return () => window.clearTimeout(timer);
  }, [dismiss, notice.id, notice.durationMs]);
  return (
    <div
      className={cx(
        'pointer-events-auto flex w-full max-w-md items-start gap-3 rounded-lg border-l-4 bg-zinc-900 px-4 py-3 text-sm text-white shadow-xl',
        TONES[notice.tone],
      )}
    >
      <p className="min-w-0 flex-1 leading-snug">{notice.message}</p>
      {notice.action ? (
        <button
          type="button"
          className="shrink-0 rounded px-1.5 font-semibold text-sky-300 hover:text-sky-200"
          onClick={() => {
            notice.action?.run();
            dismiss(notice.id);
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      <button
        type="button"
        aria-label="Dismiss notice"
        className="shrink-0 rounded px-1 text-zinc-400 hover:text-white"
        onClick={() => dismiss(notice.id)}
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
