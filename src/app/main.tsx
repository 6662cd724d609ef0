/**
 * Entry point. Loads the words for the chosen language, then renders the app. The local
 * store opens lazily on first use, so the start screen does not wait on IndexedDB.
 */
// First of all: zod must not probe for eval under our CSP, and the build may put a module
// that builds schemas as it loads (the record envelope) in a chunk that runs before the
// domain's index (domain/zod-jitless.ts). The entry runs before every chunk.
import '../domain/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { requestPersistentStorage } from '../db/persistence';
import { listenForInstallOffer } from '../ui/install-offer';
import { App } from './App';
import { probablySignedIn } from './sync/signed-in-flag';
import { initI18n } from './i18n';
import './styles/main.scss';

// Before anything renders: the browser's install offer can come at once (install-offer.ts).
listenForInstallOffer();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void initI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Ask the browser not to evict the person's data (DESIGN.md §9). Chromium and Safari
  // decide silently; Firefox may ask. Settings shows the answer and can ask again.
  void requestPersistentStorage().catch(() => undefined);
  // Sync with the organisation's server when this device remembers a signed-in person,
  // once the first screen is up (the runtime is a separate chunk: Dexie and the engine).
  // Anonymous signposting counts kept offline go when the app next starts online, even if
  // no one opens "Supporting a young person" again (features/signposting/api/counts.ts).
  let countsWaiting = false;
  try {
    countsWaiting = localStorage.getItem('ourplan:signposting-counts') !== null;
  } catch {
    // Storage refused (private mode): nothing can have been kept either.
  }
  if (countsWaiting) {
    void import('../features/signposting/api/counts')
      .then((m) => m.sendQueuedCounts())
      .catch(() => undefined);
  }
  if (probablySignedIn()) {
    const start = () =>
      void import('./sync/sync-runtime')
        .then((m) => m.startSyncIfSignedIn())
        .catch(() => undefined);
    if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 0);
  }
});
