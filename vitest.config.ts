// Test projects (DESIGN.md §7 "Tested as used"):
// - unit: pure rules in src/domain and friends, in Node.
// - component: React screens in jsdom, IndexedDB from fake-indexeddb.
// - server: the real Fastify server over HTTP on loopback, on PGlite and (when
//   TEST_DATABASE_URL is set) on PostgreSQL; sync tests with several simulated devices.
// - e2e: the built app served by the real server, driven in Debian's Chromium.
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// The app's own Vite config (React, the PWA plugin's virtual modules), plus the projects.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['tests/unit/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'component',
            environment: 'jsdom',
            include: ['tests/component/**/*.test.{ts,tsx}'],
            setupFiles: ['tests/component/setup.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'server',
            environment: 'node',
            include: ['tests/server/**/*.test.ts', 'tests/sync/**/*.test.ts'],
            setupFiles: ['tests/server/setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.test.ts'],
            // Each journey is long (several devices, offline, syncs of up to 30 s, axe on
            // every screen in two languages): the whole-session one takes about 110 s on
            // the 2-core machines here, so each test gets 4 minutes. Waits inside a test
            // have their own, shorter timeouts, which name what failed.
            testTimeout: 240_000,
            hookTimeout: 180_000,
            fileParallelism: false,
          },
        },
      ],
    },
  }),
);
