import { createMemoryHistory } from '@tanstack/react-router';
import { act, render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QueryClient } from '@tanstack/react-query';
import { App } from '@/app/app';
import { createQueryClient } from '@/app/query-client';
import { createAppRouter } from '@/app/router';

/** The app's own query client (with its connection tracking), without retries or focus refetches. */
export function createTestQueryClient() {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { retry: false, staleTime: 0, refetchOnWindowFocus: false },
    mutations: { retry: false },
  });
  return queryClient;
}

export interface RenderedApp extends RenderResult {
  user: ReturnType<typeof userEvent.setup>;
  router: ReturnType<typeof createAppRouter>;
  queryClient: QueryClient;
  /** The current location as path + search, e.g. "/?status=unpaid". */
  location: () => string;
}

/** Renders the whole app (real providers, router, API client) at a URL, against the MSW test API. */
export async function renderApp(
  url = '/',
  options: { user?: Parameters<typeof userEvent.setup>[0]; queryClient?: QueryClient } = {},
): Promise<RenderedApp> {
  const queryClient = options.queryClient ?? createTestQueryClient();
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter(queryClient, history);
  const user = userEvent.setup(options.user);
  let result!: RenderResult;
  // The router resolves its first match asynchronously: render inside an async act so the page
  // has settled before the test looks at it.
  // eslint-disable-next-line testing-library/no-unnecessary-act
  await act(async () => {
    result = render(<App queryClient={queryClient} router={router} />);
  });
  return {
    ...result,
    user,
    router,
    queryClient,
    location: () => `${router.state.location.pathname}${router.state.location.searchStr}`,
  };
}
