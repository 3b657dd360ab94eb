import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  stripSearchParams,
  type RouterHistory,
} from '@tanstack/react-router';
import { orderQueryOptions } from '@/api/orders/get-order';
import { AllOrdersPage } from '@/features/orders-list/all-orders-page';
import { ORDERS_SEARCH_DEFAULTS, ordersSearchSchema } from '@/features/orders-list/search-params';
import { refundSearchSchema } from '@/features/refund/refund-search';
import { Layout } from './layout';
import { NotFoundPage, RouteErrorPage } from './route-errors';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Layout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

const ordersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: ordersSearchSchema,
  search: { middlewares: [stripSearchParams(ORDERS_SEARCH_DEFAULTS)] },
  component: AllOrdersPage,
  errorComponent: RouteErrorPage,
});

const newOrderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/orders/new',
  // The order form (and react-hook-form) load only when an order is opened.
  component: lazyRouteComponent(() => import('@/features/order-page/new-order-page'), 'NewOrderPage'),
  errorComponent: RouteErrorPage,
});

const orderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/orders/$orderId',
  // Warm the cache on hover (preload) and on entry; the page reads it through useOrder.
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(orderQueryOptions(params.orderId));
  },
  component: lazyRouteComponent(() => import('@/features/order-page/order-page'), 'OrderPage'),
  errorComponent: RouteErrorPage,
});

const refundRoute = createRoute({
  getParentRoute: () => orderRoute,
  path: '/refund',
  validateSearch: refundSearchSchema,
  component: lazyRouteComponent(() => import('@/features/refund/refund-route'), 'RefundRoute'),
});

const routeTree = rootRoute.addChildren([ordersRoute, newOrderRoute, orderRoute.addChildren([refundRoute])]);

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

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
