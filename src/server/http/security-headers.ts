/**
 * Security headers on every response, the app's pages, its files and the API alike
 * (DESIGN.md §6, §10). Set by hand rather than with @fastify/helmet so the policy is
 * exactly what is written here: helmet's CSP defaults add upgrade-insecure-requests,
 * which breaks the app when it is tried over plain HTTP on a local network.
 */
import type { FastifyInstance } from 'fastify';

/**
 * Only our own origin, for everything. The production build has no inline scripts or
 * styles (the service worker is registered from a file); img-src allows data: URIs for
 * the small images CSS and the design system embed. form-action keeps forms from posting
 * elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Powerful features the app does not use, switched off for it and anything it embeds.
 * A feature that needs one (e.g. scanning an invite QR code with the camera) must
 * allow it here: camera=(self).
 */
export const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'browsing-topics=()',
].join(', ');

const ALWAYS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': PERMISSIONS_POLICY,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'origin-agent-cluster': '?1',
};

/** One year. Sent only over HTTPS: browsers ignore it over HTTP, and it must not pin a plain-HTTP trial to HTTPS. */
const HSTS = 'max-age=31536000';

export function registerSecurityHeaders(app: FastifyInstance): void {
  // onSend runs for every reply, including errors and 404s, after the handler chose its headers.
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(ALWAYS);
    // request.protocol follows X-Forwarded-Proto only when the proxy is trusted (TRUST_PROXY).
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    // Case data must not linger in browser or proxy caches; the service worker does the offline part.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });
}
