import { ORDER_STATUSES, STATUS_LABELS } from '@/domain';
import type { StatusCounts, StatusFilter } from '@/api/contract';
import { cx } from '@/lib/cx';

const FILTERS: readonly StatusFilter[] = ['all', ...ORDER_STATUSES];
const LABELS: Record<StatusFilter, string> = { all: 'All', ...STATUS_LABELS };
const numbers = new Intl.NumberFormat('en-US');

interface StatusTabsProps {
  value: StatusFilter;
  counts: StatusCounts | undefined;
  onChange: (status: StatusFilter) => void;
}

/** Filter by status, each with its live count. */
export function StatusTabs({ value, counts, onChange }: StatusTabsProps) {
  return (
    <div role="tablist" aria-label="Filter by status" className="flex gap-1 overflow-x-auto border-b border-zinc-200">
      {FILTERS.map((status) => {
        const selected = status === value;
        return (
          <button
            key={status}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls="orders-table"
            onClick={() => onChange(status)}
            className={cx(
              '-mb-px inline-flex items-center gap-1.5 border-b-2 px-3 py-2 text-sm whitespace-nowrap',
              selected ? 'border-accent-600 font-medium text-zinc-900' : 'border-transparent text-zinc-600 hover:text-zinc-900',
            )}
          >
            {LABELS[status]}
            <span
              className={cx(
                'rounded-full px-1.5 text-xs tabular',
                selected ? 'bg-accent-100 text-accent-800' : 'bg-zinc-100 text-zinc-600',
              )}
            >
              {counts ? numbers.format(counts[status]) : '–'}
            </span>
          </button>
        );
      })}
    </div>
  );
}
