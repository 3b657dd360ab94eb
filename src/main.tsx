import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './styles.css';

async function start() {
  // Compared with the literal so a build without the mock drops the whole branch and chunk.
  if (import.meta.env.VITE_MOCK === 'true') {
    const { startMockApi } = await import('@mocks/browser');
    await startMockApi();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
