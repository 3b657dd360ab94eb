import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { TooltipProvider } from '@/components/ui/tooltip';
import { createQueryClient } from './query-client';
import { createAppRouter, preloadOrderPagesWhenIdle } from './router';

interface AppProps {
  queryClient?: QueryClient;
  router?: ReturnType<typeof createAppRouter>;
}

export function App({ queryClient: givenClient, router: givenRouter }: AppProps) {
  const [queryClient] = useState(() => givenClient ?? createQueryClient());
  const [router] = useState(() => givenRouter ?? createAppRouter(queryClient));
  const preload = givenRouter === undefined;
  useEffect(() => {
    if (preload) preloadOrderPagesWhenIdle();
  }, [preload]);
  return (
    <QueryClientProvider client={queryClient}>
      <TooltipProvider delayDuration={200}>
        <RouterProvider router={router} />
      </TooltipProvider>
    </QueryClientProvider>
  );
}
