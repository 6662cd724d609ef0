/**
 * The session cookie (DESIGN.md §10). Over HTTPS (TLS configured here, or PUBLIC_ORIGIN
 * is https, i.e. TLS ends at a reverse proxy): `__Host-ourplan-session` with Secure, which
 * the browser accepts only from a secure origin, for the whole host, never shared with a
 * subdomain. Over plain HTTP (trying it on localhost) Secure would make the browser drop
 * the cookie, and `__Host-` demands Secure, so the name is `ourplan-session` without it.
 * Always HttpOnly (scripts never see it), SameSite=Strict, Path=/.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';

export interface CookiePolicy {
  name: string;
  secure: boolean;
}

export function cookiePolicy(config: Pick<Config, 'tls' | 'publicOrigin'>): CookiePolicy {
  const secure = config.tls !== null || (config.publicOrigin?.startsWith('https:') ?? false);
  return secure ? { name: '__Host-ourplan-session', secure } : { name: 'ourplan-session', secure };
}

/** The value of our cookie in the Cookie header, or null. */
export function readSessionCookie(request: FastifyRequest, policy: CookiePolicy): string | null {
  const header = request.headers.cookie;
  if (typeof header !== 'string') return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === policy.name) return part.slice(eq + 1).trim();
  }
  return null;
}

function serialise(policy: CookiePolicy, value: string, maxAgeSeconds: number): string {
  const attributes = [
    `${policy.name}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAgeSeconds}`,
  ];
  if (policy.secure) attributes.push('Secure');
  return attributes.join('; ');
}

/** The token is base64url, so it needs no encoding in a cookie value. */
export function setSessionCookie(
  reply: FastifyReply,
  policy: CookiePolicy,
  token: string,
  maxAgeSeconds: number,
): void {
  reply.header('set-cookie', serialise(policy, token, maxAgeSeconds));
}

export function clearSessionCookie(reply: FastifyReply, policy: CookiePolicy): void {
  reply.header('set-cookie', serialise(policy, '', 0));
}
