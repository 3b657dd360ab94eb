import { useEffect, useRef, useState } from 'react';

export const SEARCH_DEBOUNCE_MS = 300;

interface SearchBoxProps {
  value: string;
  onSearch: (q: string) => void;
}

/** Debounced while typing; Enter searches at once. Follows the URL when it changes (Back). */
export function SearchBox({ value, onSearch }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  const timer = useRef<number | undefined>(undefined);

  if (value !== shownValue) {
    // The URL's search changed (Back, Clear filters): show it.
    setShownValue(value);
    setText(value);
  }
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const submit = (q: string) => {
    window.clearTimeout(timer.current);
    if (q.trim() !== value.trim()) onSearch(q.trim());
  };

  return (
    <div className="relative w-full max-w-sm">
      <span aria-hidden="true" className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-zinc-400">
        <svg viewBox="0 0 20 20" fill="currentColor" className="size-4">
          <path
            fillRule="evenodd"
            d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.452 4.391l3.328 3.329a.75.75 0 1 1-1.06 1.06l-3.329-3.328A7 7 0 0 1 2 9Z"
            clipRule="evenodd"
          />
        </svg>
      </span>
      <input
        type="search"
        aria-label="Search orders"
        placeholder="Search by order, customer, email or city"
        value={text}
        onChange={(event) => {
          const q = event.target.value;
          setText(q);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => submit(q), SEARCH_DEBOUNCE_MS);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') submit(text);
        }}
        className="h-9 w-full rounded-md border-0 bg-white pr-3 pl-8 text-sm shadow-xs ring-1 ring-zinc-300 ring-inset placeholder:text-zinc-400 focus:ring-2 focus:ring-accent-600 focus:outline-none"
      />
    </div>
  );
}
