import { forwardRef, useId, type ButtonHTMLAttributes, type MouseEvent } from 'react';
import { cx } from '@/lib/cx';
import { Tooltip } from './tooltip';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';
type Size = 'sm' | 'md';

const VARIANTS: Record<Variant, string> = {
  primary:
    'bg-accent-600 text-white shadow-xs hover:bg-accent-700 aria-disabled:bg-zinc-300 aria-disabled:text-zinc-600',
  secondary:
    'bg-white text-zinc-800 ring-1 ring-inset ring-zinc-300 shadow-xs hover:bg-zinc-50 aria-disabled:bg-zinc-50 aria-disabled:text-zinc-500',
  danger: 'bg-red-600 text-white shadow-xs hover:bg-red-700 aria-disabled:bg-zinc-300 aria-disabled:text-zinc-600',
  ghost: 'text-zinc-700 hover:bg-zinc-100 aria-disabled:text-zinc-500 aria-disabled:hover:bg-transparent',
};

const SIZES: Record<Size, string> = {
  sm: 'h-7 px-2.5 text-xs gap-1.5',
  md: 'h-9 px-3.5 text-sm gap-2',
};

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: Size;
  /**
   * Why the button can't act. The button stays focusable (aria-disabled) so keyboard and
   * screen-reader users can reach the reason, shown in a tooltip and linked by aria-describedby.
   */
  disabledReason?: string | null;
  busy?: boolean;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    variant = 'secondary',
    size = 'md',
    disabledReason,
    busy = false,
    className,
    onClick,
    children,
    type = 'button',
    ...rest
  },
  ref,
) {
  const reasonId = useId();
  const blocked = Boolean(disabledReason) || busy || rest.disabled === true;
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (blocked) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  const button = (
    <button
      ref={ref}
      type={type}
      {...rest}
      disabled={undefined}
      aria-disabled={blocked || undefined}
      aria-busy={busy || undefined}
      // With a reason, the reason is the description (the tooltip's own copy would repeat it).
      aria-describedby={disabledReason ? reasonId : rest['aria-describedby']}
      onClick={handleClick}
      className={cx(
        'inline-flex shrink-0 items-center justify-center rounded-md font-medium whitespace-nowrap transition-colors aria-disabled:cursor-not-allowed',
        VARIANTS[variant],
        SIZES[size],
        className,
      )}
    >
      {children}
    </button>
  );
  if (!disabledReason) return button;
  return (
    <>
      {/* The tooltip hangs on a wrapper so it doesn't add a second description to the button. */}
      <Tooltip content={disabledReason}>
        <span className="inline-flex">{button}</span>
      </Tooltip>
      {/* Referenced by aria-describedby: a description, not part of the button's name. */}
      <span id={reasonId} hidden>
        {disabledReason}
      </span>
    </>
  );
});
