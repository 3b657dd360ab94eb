import { useRouter } from '@tanstack/react-router';
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';

interface OrderLinkProps {
  orderId: string;
  className?: string;
  children: ReactNode;
}

/**
 * A link to one order from a row of All Orders: the same address, navigation and preloading on
 * intent as the router's Link. The router's Link works out its address and whether it is active
 * again on every change of the URL; a page holds 50 of these, so each paging, sort or tab paid for
 * 50 address builds before the page could ask for its rows. An order's address never changes.
 */
export function OrderLink({ orderId, className, children }: OrderLinkProps) {
  const router = useRouter();
  const preloadTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(preloadTimer.current), []);
  const destination = { to: '/orders/$orderId', params: { orderId } } as const;
  const preloads = router.options.defaultPreload === 'intent';

  const preload = () => void router.preloadRoute(destination).catch(() => undefined);
  const preloadSoon = () => {
    if (!preloads || preloadTimer.current !== undefined) return;
    preloadTimer.current = window.setTimeout(() => {
      preloadTimer.current = undefined;
      preload();
    }, router.options.defaultPreloadDelay ?? 50);
  };
  const cancelPreload = () => {
    window.clearTimeout(preloadTimer.current);
    preloadTimer.current = undefined;
  };
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.altKey ||
      event.ctrlKey ||
      event.shiftKey
    )
      return;
    event.preventDefault();
    cancelPreload();
    void router.navigate(destination);
  };

  return (
    <a
      href={router.history.createHref(`/orders/${encodeURIComponent(orderId)}`)}
      className={className}
      onClick={onClick}
      onMouseEnter={preloadSoon}
      onFocus={preloadSoon}
      onMouseLeave={cancelPreload}
      onBlur={cancelPreload}
      onTouchStart={() => preloads && preload()}
    >
      {children}
    </a>
  );
}
