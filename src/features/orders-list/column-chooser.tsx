import { COLUMN_LABELS, OPTIONAL_COLUMNS, usePreferences } from './preferences-store';

/** Show or hide columns; remembered in this browser. */
export function ColumnChooser() {
  const hidden = usePreferences((state) => state.hiddenColumns);
  const toggle = usePreferences((state) => state.toggleColumn);
  return (
    <details className="relative">
      <summary className="inline-flex h-9 cursor-pointer list-none items-center gap-1.5 rounded-md bg-white px-3 text-sm font-medium text-zinc-800 shadow-xs ring-1 ring-zinc-300 ring-inset hover:bg-zinc-50 [&::-webkit-details-marker]:hidden">
        Columns
        <span aria-hidden="true" className="text-[10px] text-zinc-500">▼</span>
      </summary>
      <fieldset className="absolute right-0 z-20 mt-1 w-48 space-y-1 rounded-lg bg-white p-2 shadow-lg ring-1 ring-zinc-950/10">
        <legend className="sr-only">Visible columns</legend>
        {OPTIONAL_COLUMNS.map((column) => (
          <label key={column} className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 hover:bg-zinc-50">
            <input
              type="checkbox"
              className="size-4 accent-accent-600"
              checked={!hidden.includes(column)}
              onChange={() => toggle(column)}
            />
            {COLUMN_LABELS[column]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
