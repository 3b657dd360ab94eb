import { ORDER_STATUSES, STATUS_LABELS } from '@/domain';
import type { KeyboardEvent } from 'react';
import type { StatusCounts, StatusFilter } from '@/api/contract';
import { cx } from '@/lib/cx';
import { formatCount } from '@/lib/format-number';

const FILTERS: readonly StatusFilter[] = ['all', ...ORDER_STATUSES];
const LABELS: Record<StatusFilter, string> = { all: 'All', ...STATUS_LABELS };

interface StatusTabsProps {
  value: StatusFilter;
  counts: StatusCounts | undefined;
  onChange: (status: StatusFilter) => void;
}

export const tabId = (status: StatusFilter) => `status-tab-${status}`;

/**
 * Filter by status, each with its live count. One Tab stop; arrow keys, Home and End move
 * between statuses and show each at once (the WAI-ARIA tabs pattern).
 */
export function StatusTabs({ value, counts, onChange }: StatusTabsProps) {
  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = FILTERS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const status = FILTERS[next] as StatusFilter;
    onChange(status);
    document.getElementById(tabId(status))?.focus();
  };
  return (
    <div role="tablist" aria-label="Filter by status" className="flex gap-1 overflow-x-auto border-b border-zinc-200">
      {FILTERS.map((status, index) => {
        const selected = status === value;
        return (
          <button
            key={status}
            id={tabId(status)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls="orders-table"
            tabIndex={selected ? 0 : -1}
            onKeyDown={(event) => move(event, index)}
            onClick={() => onChange(status)}
            className={cx(
              '-mb-px inline-flex items-center gap-1.5 border-b-2 px-3 py-2 text-sm whitespace-nowrap',
              selected
                ? 'border-accent-600 font-medium text-zinc-900'
                : 'border-transparent text-zinc-600 hover:text-zinc-900',
            )}
          >
            {LABELS[status]}
            <span
              className={cx(
                'rounded-full px-1.5 text-xs tabular',
                selected ? 'bg-accent-100 text-accent-800' : 'bg-zinc-100 text-zinc-600',
              )}
            >
              {counts ? formatCount(counts[status]) : '–'}
            </span>
          </button>
        );
      })}
    </div>
  );
}
