import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { queryClient } from '../app/query-client.ts';
import { registerServiceWorker } from '../lib/offline-cache.ts';
import { i18nReady } from './i18n.ts';
import { LightApp } from './light-app.tsx';
import './light.css';

/*
 * The light build's entry (light.html, docs/web.md §Size): the cadre's own pages on Preact, with the
 * full app's data hooks, outbox and service worker, and none of antd.
 */
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from light.html');
void i18nReady.then(() =>
  createRoot(root).render(
    <QueryClientProvider client={queryClient}>
      <LightApp />
    </QueryClientProvider>,
  ),
);

// installable, and the cadre's pages open with no network (src/sw/service-worker.ts); not in the dev server
if (import.meta.env.PROD) registerServiceWorker(() => void queryClient.invalidateQueries());
