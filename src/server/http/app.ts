/**
 * The HTTP application: the built PWA plus the JSON API, over HTTP or HTTPS.
 * buildApp does not listen; the caller (main.ts, tests) does.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Config, TrustProxy } from '../config';
import { registerAuth } from '../auth/index';
import { registerAuditRoutes } from '../audit/route';
import { registerInvitations } from '../invitations/index';
import { registerOutcomesRoutes } from '../outcomes/route';
import { registerSignpostingRoutes } from '../signposting/routes';
import type { Store } from '../store/store';
import { registerSyncRoutes } from '../sync/route';
import { registerErrorHandler } from './errors';
import { registerHealth } from './health';
import { registerJsonOnly } from './json-only';
import { loggerOptions } from './logger';
import { registerSameOriginCheck } from './same-origin';
import { registerSecurityHeaders } from './security-headers';
import { registerStatic } from './static';

/** 1 MiB: ample for a sync batch of typed text; larger bodies are refused with 413. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/**
 * How long an idle keep-alive connection stays open, in ms: longer than the clients and
 * proxies in front of us keep an idle connection to us, so they always drop it first and
 * never send a request down a connection we are closing at that moment (which they see
 * as ECONNRESET). Node's fetch (undici) keeps one up to the server's `Keep-Alive:
 * timeout` hint less a safety margin (2 s in undici 7), and with Node's 5 s default that
 * margin was all that stood between a reused connection and a reset: a server or client
 * stalled for longer than that (a big synchronous PGlite query, a busy CPU) lost the
 * race, which the 100-device sync benchmark hit every run. Load balancers commonly keep
 * 60 s, so 72 s (Fastify's own default). Set here because Fastify applies its
 * keepAliveTimeout only to servers it creates, and ours comes from serverFactory.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 72_000;

/** Fastify takes a hop count at run time but not in its types: the same rule as a function. */
function trustProxyOption(
  trust: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

export interface BuildAppOptions {
  config: Config;
  store: Store;
  /** A ready logger (e.g. shared with main.ts); otherwise one is made at config.logLevel. */
  logger?: FastifyBaseLogger;
  bodyLimit?: number;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, store } = options;
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const tls = config.tls
    ? { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) }
    : null;

  const app = Fastify({
    ...(options.logger
      ? { loggerInstance: options.logger }
      : { logger: loggerOptions(config.logLevel) }),
    bodyLimit,
    trustProxy: trustProxyOption(config.trustProxy),
    // Request ids are ours; a client-supplied X-Request-Id would let anyone forge log lines.
    requestIdHeader: false,
    // One server type for both: HTTPS when a certificate is configured. (request.protocol
    // reads the socket, so it says "https" here too.)
    serverFactory: (handler) => {
      const server = tls
        ? (createHttpsServer(tls, handler) as unknown as Server)
        : createHttpServer(handler);
      server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
      return server;
    },
  });

  // CSRF (DESIGN.md §10): a cross-site <form> can send text/plain without a preflight;
  // with its parser gone such bodies get 415. Only JSON bodies are accepted.
  app.removeContentTypeParser('text/plain');

  registerErrorHandler(app, bodyLimit);
  registerSecurityHeaders(app);
  registerSameOriginCheck(app, config.publicOrigin);
  registerJsonOnly(app);
  // Sessions first: sets request.actor for every /api route registered after it.
  await registerAuth(app, { config, store });
  registerHealth(app, store);
  registerSyncRoutes(app, store);
  registerAuditRoutes(app, store);
  await registerInvitations(app, { config, store });
  registerOutcomesRoutes(app, store);
  await registerSignpostingRoutes(app, store);
  registerStatic(app, config.staticDir);

  await app.ready();
  return app;
}
