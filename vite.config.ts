// Vite build of the PWA (DESIGN.md §8). The service worker precaches the shell, every
// lazily loaded feature chunk and every language file, so a repeat visit starts with no
// network. Updates wait for the person (registerType 'prompt'): no one loses a
// half-filled form to a silent reload.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      // The app registers the worker itself from its bundle (virtual:pwa-register/react),
      // so nothing inline is injected and the CSP `script-src 'self'` holds.
      injectRegister: false,
      manifest: {
        id: '/',
        name: 'OurPlan',
        short_name: 'OurPlan',
        description: 'Deciding help together: plans, goals and safety plans for young people.',
        lang: 'en-GB',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#005eb8',
        background_color: '#f0f4f5',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        // The public directory for signposting (school staff, no account): the network
        // first so a changed phone number shows at once, else the last copy, so the flow
        // works offline after one visit online. No other API answer is cached: they are
        // personal, and the local store keeps what a signed-in device needs.
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) =>
              sameOrigin && url.pathname === '/api/public/directory',
            handler: 'NetworkFirst',
            method: 'GET',
            options: {
              cacheName: 'ourplan-public-directory',
              // Slow school Wi-Fi: after this the saved copy is shown instead.
              networkTimeoutSeconds: 4,
              cacheableResponse: { statuses: [200] },
              expiration: { maxEntries: 1 },
            },
          },
        ],
        cleanupOutdatedCaches: true,
        // The update prompt calls skipWaiting when the person agrees.
        skipWaiting: false,
        clientsClaim: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // One manifest so benchmarks can tell the shell (entry + its static imports) from
    // the lazily loaded chunks.
    manifest: true,
  },
  css: {
    preprocessorOptions: {
      scss: {
        // nhsuk-frontend's Sass is written for the modern Sass API.
        quietDeps: true,
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
