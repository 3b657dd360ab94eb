import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { httpSettings } from './api/http-client';
import { App } from './app/app';
import './styles.css';

// Compared with the literal so a build without the mock drops the branch and the mock's chunk.
// The page renders while the demo backend starts; requests wait for it.
if (import.meta.env.VITE_MOCK === 'true') {
  // The backend's worker starts from a small chunk, seeding while MSW and the app load.
  const backend = import('@mocks/worker/start-worker').then(({ startBackendWorker }) => startBackendWorker());
  httpSettings.ready = Promise.all([backend, import('@mocks/browser')]).then(([started, { startMockApi }]) =>
    startMockApi(started),
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
