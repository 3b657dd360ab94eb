import { useId, type ReactNode } from 'react';
import { LockIcon } from '@/components/ui/form-field';

interface SectionProps {
  title: string;
  /** Shown once under the title when the whole section is locked. */
  lockedReason?: string | null;
  children: (reasonId: string | undefined) => ReactNode;
  aside?: ReactNode;
}

export function Section({ title, lockedReason, children, aside }: SectionProps) {
  const reasonId = useId();
  return (
    <section aria-labelledby={`${reasonId}-title`} className="rounded-lg border border-zinc-200 bg-white p-5 shadow-xs">
      <div className="mb-4 flex items-start justify-between gap-3">
        <div>
          <h2 id={`${reasonId}-title`} className="text-sm font-semibold text-zinc-900">
            {title}
          </h2>
          {lockedReason ? (
            <p id={reasonId} className="mt-1 flex items-center gap-1.5 text-xs text-zinc-500">
              <LockIcon />
              {lockedReason}
            </p>
          ) : null}
        </div>
        {aside}
      </div>
      {children(lockedReason ? reasonId : undefined)}
    </section>
  );
}
