// Component tests: jsdom with a real (in-memory) IndexedDB and the app's real words.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { unlockTestStore } from './test-device-key';

// Lazily loaded screens are transformed on first import; on a busy 2-core machine running
// the server tests alongside, that can take longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 10_000 });

// Unlocked, as after the passcode (the lock's own tests lock it themselves).
beforeEach(() => {
  unlockTestStore();
});

afterEach(() => {
  cleanup();
});
