import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  stripSearchParams,
  type RouterHistory,
} from '@tanstack/react-router';
import { orderQueryOptions } from '@/api/orders/get-order';
import { AllOrdersPage } from '@/features/orders-list/all-orders-page';
import { ORDERS_SEARCH_DEFAULTS, ordersSearchSchema } from '@/features/orders-list/search-params';
import { NewOrderPage } from '@/features/order-page/new-order-page';
import { OrderPage } from '@/features/order-page/order-page';
import { RefundRoute } from '@/features/refund/refund-route';
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
  component: NewOrderPage,
  errorComponent: RouteErrorPage,
});

const orderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/orders/$orderId',
  // Warm the cache on hover (preload) and on entry; the page reads it through useOrder.
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(orderQueryOptions(params.orderId));
  },
  component: OrderPage,
  errorComponent: RouteErrorPage,
});

const refundRoute = createRoute({
  getParentRoute: () => orderRoute,
  path: '/refund',
  validateSearch: refundSearchSchema,
  component: RefundRoute,
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
