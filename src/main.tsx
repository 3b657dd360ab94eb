import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { httpSettings } from './api/http-client';
import { App } from './app/app';
import { NOTICES } from './lib/notice-messages';
import { notify } from './stores/notices';
import './styles.css';

// Compared with the literal so a build without the mock drops the branch and the mock's chunk.
// The page renders while the demo backend starts; requests wait for it.
if (import.meta.env.VITE_MOCK === 'true') {
  // The backend's worker starts from a small chunk, seeding while MSW and the app load.
  const backend = import('@mocks/worker/start-worker').then(({ startBackendWorker }) => {
    const started = startBackendWorker();
    if (started.invalidSeed) {
      const { value, max } = started.invalidSeed;
      notify({ tone: 'error', message: NOTICES.seedOrdersInvalid(value, max), durationMs: 15_000 });
    }
    return started;
  });
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
