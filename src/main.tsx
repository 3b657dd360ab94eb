import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { httpSettings } from './api/http-client';
import { App } from './app/app';
import './styles.css';

// Compared with the literal so a build without the mock drops the branch and the mock's chunk.
// The page renders while the demo backend starts; requests wait for it.
if (import.meta.env.VITE_MOCK === 'true') {
  httpSettings.ready = import('@mocks/browser').then(({ startMockApi }) => startMockApi());
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
