import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/index.ts';
import './styles.css';
import { App } from './app/app.tsx';
import { queryClient } from './app/query-client.ts';
import { registerServiceWorker } from './lib/offline-cache.ts';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// installable, and 今天 opens with no network (src/sw/service-worker.ts); not in the dev server
if (import.meta.env.PROD) registerServiceWorker(() => void queryClient.invalidateQueries());
