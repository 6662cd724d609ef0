/**
 * Serves the built app (STATIC_DIR, Vite's dist/) with caching that never strands a
 * device on an old version:
 *
 * - /assets/*  content-hashed names: a new build means new names, so cache for a year.
 * - the shell and the service worker (index.html, sw.js, registerSW.js, workbox-*.js,
 *   manifest.webmanifest, any .html): `no-cache`, i.e. always revalidated (ETag → 304),
 *   so a deploy is seen at the next visit and the service worker's update check is real.
 * - /locales/*: same names across builds but content that must match the hashed bundle
 *   of the same build, so `no-cache` too (revalidation is cheap and a mismatch would
 *   show missing text after a deploy).
 * - everything else (icons, favicon, robots.txt): an hour, then revalidate.
 *
 * Precompressed .br/.gz files written by scripts/compress-dist.mjs are served to clients
 * that accept them. Unknown non-file paths that ask for HTML get index.html (the app's
 * client-side routes); unknown files, /assets/* and /api/* get a real 404, so a stale
 * page that asks for a chunk removed by a deploy learns it (DESIGN.md §9).
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { apiNotFound } from './errors';

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';
export const CACHE_SHORT = 'public, max-age=3600, must-revalidate';

const SHELL_FILES = new Set(['index.html', 'sw.js', 'registerSW.js', 'manifest.webmanifest']);

/** Text formats worth compressing (and that compress-dist.mjs precompresses). */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|webmanifest|svg|txt|xml|map)$/;

/** Cache-Control for a file, given its path relative to the static root ("/" separators). */
export function cacheControlFor(relativePath: string): string {
  const file = relativePath.replace(/\.(?:br|gz)$/, '');
  if (file.startsWith('assets/')) return CACHE_IMMUTABLE;
  const base = file.slice(file.lastIndexOf('/') + 1);
  if (SHELL_FILES.has(base) || /^workbox-[\w.-]+\.js$/.test(base) || base.endsWith('.html')) {
    return CACHE_REVALIDATE;
  }
  if (file.startsWith('locales/')) return CACHE_REVALIDATE;
  return CACHE_SHORT;
}

function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

/** A client-side route: GET/HEAD, wants HTML, not /api or /assets, last segment without an extension. */
function isAppRoute(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const pathname = request.url.split('?')[0] ?? '/';
  if (isApiPath(pathname) || pathname.startsWith('/assets/')) return false;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (last.includes('.')) return false;
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html');
}

export function registerStatic(app: FastifyInstance, staticDir: string): void {
  app.register(fastifyStatic, {
    root: staticDir,
    // Serve files added by a build while the server runs (no route per file at start).
    wildcard: true,
    preCompressed: true,
    // Cache-Control is ours (setHeaders); send's would overwrite it.
    cacheControl: false,
    etag: true,
    lastModified: true,
    // Vite writes dist/.vite/manifest.json: build metadata, not for browsers.
    dotfiles: 'ignore',
    // /api/* never comes from files, so an unknown API path is a JSON 404.
    allowedPath: (pathname) => !isApiPath(pathname),
    setHeaders(response, filePath) {
      const relative = path.relative(staticDir, filePath).split(path.sep).join('/');
      response.setHeader('cache-control', cacheControlFor(relative));
      if (COMPRESSIBLE.test(relative.replace(/\.(?:br|gz)$/, ''))) {
        response.setHeader('vary', 'accept-encoding');
      }
    },
  });

  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    if (isApiPath(request.url)) return reply.code(404).send(apiNotFound(request));
    if (isAppRoute(request)) {
      if (existsSync(path.join(staticDir, 'index.html'))) return reply.sendFile('index.html');
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(
          'OurPlan has not been built yet. Run `npm run build` (or `npm start`, which builds it), then reload.',
        );
    }
    return reply.code(404).send({ error: 'not_found', message: 'Not found.' });
  });
}
