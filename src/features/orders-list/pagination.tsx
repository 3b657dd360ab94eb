import { PAGE_SIZES } from '@/api/contract';
import { Button } from '@/components/ui/button';
import { formatCount } from '@/lib/format-number';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  onPageSize: (size: (typeof PAGE_SIZES)[number]) => void;
}

export function Pagination({ page, pageSize, total, onPage, onPageSize }: PaginationProps) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav
      aria-label="Pagination"
      className="flex flex-wrap items-center justify-between gap-3 pt-3 text-sm text-zinc-600"
    >
      <label className="flex items-center gap-2">
        Rows per page
        <select
          value={pageSize}
          onChange={(event) => onPageSize(Number(event.target.value) as (typeof PAGE_SIZES)[number])}
          className="h-8 rounded-md border-0 bg-white py-0 pr-7 pl-2 text-sm ring-1 ring-zinc-300 ring-inset"
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <span className="tabular" aria-live="polite">
          {formatCount(first)}–{formatCount(last)} of {formatCount(total)} · Page {formatCount(page)} of{' '}
          {formatCount(pageCount)}
        </span>
        <Button size="sm" disabledReason={page <= 1 ? 'This is the first page' : null} onClick={() => onPage(page - 1)}>
          Previous page
        </Button>
        <Button
          size="sm"
          disabledReason={page >= pageCount ? 'This is the last page' : null}
          onClick={() => onPage(page + 1)}
        >
          Next page
        </Button>
      </div>
    </nav>
  );
}
