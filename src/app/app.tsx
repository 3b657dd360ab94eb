import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { TooltipProvider } from '@/components/ui/tooltip';
import { createQueryClient } from './query-client';
import { createAppRouter, preloadOrderPagesWhenIdle } from './router';

interface AppProps {
  queryClient?: QueryClient;
  router?: ReturnType<typeof createAppRouter>;
}

export function App({ queryClient: givenClient, router: givenRouter }: AppProps) {
  const [queryClient] = useState(() => givenClient ?? createQueryClient());
  const [router] = useState(() => {
    if (givenRouter) return givenRouter;
    const created = createAppRouter(queryClient);
    preloadOrderPagesWhenIdle();
    return created;
  });
  return (
    <QueryClientProvider client={queryClient}>
      <TooltipProvider delayDuration={200}>
        <RouterProvider router={router} />
      </TooltipProvider>
    </QueryClientProvider>
  );
}
