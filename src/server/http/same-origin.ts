/**
 * Refuses cross-site state-changing requests (CSRF, DESIGN.md §10).
 *
 * Browsers send Sec-Fetch-Site and Origin on POST/PUT/PATCH/DELETE. A request from
 * another site (a form or fetch on a page elsewhere) is refused before its body is read,
 * whatever the path. Requests with neither header are not from a browser page (curl,
 * scripts, tests) and carry no ambient browser credentials, so they pass.
 *
 * Our own origin is PUBLIC_ORIGIN when configured, and only that: behind a reverse proxy
 * the Host header may be an internal name, and a fixed origin also defeats DNS-rebinding
 * tricks. Without it, our origin is the one the request was addressed to (scheme + Host).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Sec-Fetch-Site values a request from our own pages can carry ("none": typed by the person). */
const OWN_SITE = new Set(['same-origin', 'none']);

function normaliseOrigin(value: string): string | null {
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

export function ownOrigin(request: FastifyRequest, publicOrigin: string | null): string | null {
  if (publicOrigin !== null) return publicOrigin;
  return normaliseOrigin(`${request.protocol}://${request.host}`);
}

/** Why the request is refused, or null when it may go on. */
export function crossSiteReason(
  request: FastifyRequest,
  publicOrigin: string | null,
): string | null {
  if (!STATE_CHANGING.has(request.method)) return null;

  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && !OWN_SITE.has(site.toLowerCase())) {
    return `This request came from another site (Sec-Fetch-Site: ${site}) and was refused.`;
  }

  const origin = request.headers.origin;
  if (typeof origin === 'string') {
    const expected = ownOrigin(request, publicOrigin);
    const actual = normaliseOrigin(origin);
    if (actual === null || expected === null || actual !== expected) {
      return 'This request came from another origin and was refused.';
    }
  }
  return null;
}

export function registerSameOriginCheck(app: FastifyInstance, publicOrigin: string | null): void {
  app.addHook('onRequest', async (request, reply) => {
    const reason = crossSiteReason(request, publicOrigin);
    if (reason !== null) {
      request.log.info({ origin: request.headers.origin }, 'cross-site request refused');
      return reply.code(403).send({ error: 'cross_site_request', message: reason });
    }
  });
}
