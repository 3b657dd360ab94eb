import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  stripSearchParams,
  type RouterHistory,
} from '@tanstack/react-router';
import { orderActivityQueryOptions } from '@/api/orders/get-order-activity';
import { orderQueryOptions } from '@/api/orders/get-order';
import { productsQueryOptions } from '@/api/products/get-products';
import { sessionKeys } from '@/api/query-keys';
import { sessionQueryOptions } from '@/api/session/get-session';
import { AllOrdersPage } from '@/features/orders-list/all-orders-page';
import { ORDERS_SEARCH_DEFAULTS, ordersSearchSchema } from '@/features/orders-list/search-params';
import { ordersPageQueryOptions } from '@/features/orders-list/use-orders-table-query';
import { refundSearchSchema } from '@/features/refund/refund-search';
import { signInSearchSchema } from '@/features/sign-in/sign-in-search';
import { whenIdle } from '@/lib/idle-module';
import { RootLayout, SignedInLayout } from './layout';
import { NotFoundPage, RouteErrorPage } from './route-errors';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

// The sign-in form (and react-hook-form) load only when someone has to sign in.
const signInPage = lazyRouteComponent(() => import('@/features/sign-in/sign-in-page'), 'SignInPage');

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: signInSearchSchema,
  component: signInPage,
});

/**
 * Every page of a signed-in merchant. Known to be signed out (after Sign out, or once the session
 * was read): straight to sign-in, back here afterwards. Otherwise the page renders at once while
 * the session is read, alongside the page's own queries (SignedInLayout redirects if there is none).
 */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_signed-in',
  beforeLoad: ({ context, location }) => {
    if (context.queryClient.getQueryData(sessionKeys.current) === null) {
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    }
    void context.queryClient.prefetchQuery(sessionQueryOptions());
  },
  component: SignedInLayout,
});

const ordersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  validateSearch: ordersSearchSchema,
  search: { middlewares: [stripSearchParams(ORDERS_SEARCH_DEFAULTS)] },
  loaderDeps: ({ search }) => search,
  // Warms the cache on hover (preload) and on entry with the page's own query; not awaited, so the
  // page renders at once with its skeleton, and shows a failure itself.
  loader: ({ context, deps }) => {
    void context.queryClient.ensureQueryData(ordersPageQueryOptions(deps)).catch(() => undefined);
  },
  component: AllOrdersPage,
  errorComponent: RouteErrorPage,
});

// The order form (and react-hook-form) load only when an order is opened, or when the browser is
// idle after the first page (see preloadOrderPagesWhenIdle).
const orderPage = lazyRouteComponent(() => import('@/features/order-page/order-page'), 'OrderPage');
const newOrderPage = lazyRouteComponent(() => import('@/features/order-page/new-order-page'), 'NewOrderPage');
const refundPage = lazyRouteComponent(() => import('@/features/refund/refund-route'), 'RefundRoute');

const newOrderRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/orders/new',
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(productsQueryOptions());
  },
  component: newOrderPage,
  errorComponent: RouteErrorPage,
});

const orderRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/orders/$orderId',
  // Warm the cache on hover (preload) and on entry, alongside the page's code: the page reads the
  // order through useOrder, the catalog through useProducts and the trail through useOrderActivity.
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(orderQueryOptions(params.orderId));
    void context.queryClient.prefetchQuery(productsQueryOptions());
    void context.queryClient.prefetchQuery(orderActivityQueryOptions(params.orderId));
  },
  component: orderPage,
  errorComponent: RouteErrorPage,
});

const refundRoute = createRoute({
  getParentRoute: () => orderRoute,
  path: '/refund',
  validateSearch: refundSearchSchema,
  component: refundPage,
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  signedInRoute.addChildren([ordersRoute, newOrderRoute, orderRoute.addChildren([refundRoute])]),
]);

export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    ...(history ? { history } : {}),
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

/**
 * Opening an order is what a merchant does next: once the first page has shown and the browser is
 * idle, fetch the order page's code so a click waits only for the order itself.
 */
export function preloadOrderPagesWhenIdle(): void {
  for (const page of [orderPage, newOrderPage, refundPage]) whenIdle(() => page.preload?.());
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
