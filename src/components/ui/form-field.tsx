import { useId, type ReactNode } from 'react';
import { cx } from '@/lib/cx';

export interface ControlProps {
  id: string;
  disabled: boolean;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  className: string;
}

interface FormFieldProps {
  label: string;
  error?: string;
  hint?: ReactNode;
  /** Why the field can't change; the field stays visible and readable. */
  lockedReason?: string | null;
  /** The id of a reason shown once for a whole section; this field then only refers to it. */
  lockedReasonId?: string;
  /** A text field's limit and what it holds now: a count shows as the limit nears. */
  limit?: { max: number; length: number };
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

export const CONTROL_CLASS =
  'block h-9 w-full rounded-md border-0 bg-white px-2.5 text-sm text-zinc-900 shadow-xs ring-1 ring-zinc-300 ring-inset placeholder:text-zinc-400 focus:ring-2 focus:ring-accent-600 focus:outline-none disabled:cursor-not-allowed disabled:bg-zinc-50 disabled:text-zinc-600 aria-invalid:ring-red-500';

export function LockIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" fill="currentColor" className="size-3.5 shrink-0">
      <path
        fillRule="evenodd"
        d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7A1.5 1.5 0 0 0 3 8.5v5A1.5 1.5 0 0 0 4.5 15h7a1.5 1.5 0 0 0 1.5-1.5v-5A1.5 1.5 0 0 0 11.5 7V4.5A3.5 3.5 0 0 0 8 1Zm2 6V4.5a2 2 0 1 0-4 0V7h4Z"
        clipRule="evenodd"
      />
    </svg>
  );
}

/** Label, control, hint, lock reason and error, wired for assistive technology once. */
/** A count shows once a field holds this share of its limit. */
const NEAR_LIMIT_SHARE = 0.8;

function lengthHint({ max, length }: { max: number; length: number }): { text: string; over: boolean } | null {
  const left = max - length;
  if (length < max * NEAR_LIMIT_SHARE) return null;
  const count = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'character' : 'characters'}`;
  if (left < 0) return { text: `${count(-left)} over the limit of ${max.toLocaleString('en-US')}`, over: true };
  return { text: `${count(left)} left of ${max.toLocaleString('en-US')}`, over: false };
}

export function FormField({
  label,
  error,
  hint,
  lockedReason,
  lockedReasonId,
  limit,
  className,
  children,
}: FormFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const lockId = lockedReasonId ?? `${id}-lock`;
  const errorId = `${id}-error`;
  const limitId = `${id}-limit`;
  const nearLimit = limit && !lockedReason ? lengthHint(limit) : null;
  const describedBy = [
    hint ? hintId : null,
    nearLimit ? limitId : null,
    lockedReason ? lockId : null,
    error ? errorId : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={cx('space-y-1', className)}>
      <label htmlFor={id} className="flex items-center gap-1 text-xs font-medium text-zinc-700">
        {label}
        {lockedReason ? (
          <span className="text-zinc-400">
            <LockIcon />
          </span>
        ) : null}
      </label>
      {children({
        id,
        disabled: Boolean(lockedReason),
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy || undefined,
        className: CONTROL_CLASS,
      })}
      {hint ? (
        <p id={hintId} className="text-xs text-zinc-500">
          {hint}
        </p>
      ) : null}
      {nearLimit ? (
        <p
          id={limitId}
          className={cx('text-xs tabular', nearLimit.over ? 'font-medium text-red-700' : 'text-zinc-500')}
        >
          {nearLimit.text}
        </p>
      ) : null}
      {lockedReason && !lockedReasonId ? (
        <p id={lockId} className="text-xs text-zinc-500">
          {lockedReason}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
