/**
 * A browser stand-in for the auth tests: fetch with one cookie (the session) kept between
 * requests, JSON bodies, and a client address of its own. The auth test servers trust a
 * proxy on loopback (TRUST_PROXY=loopback), so X-Forwarded-For chooses request.ip and
 * each test's rate limits stay apart from the others'.
 */
import { randomInt } from 'node:crypto';

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
  /** The raw Set-Cookie header, when the response had one. */
  setCookie: string | null;
}

/** A fresh address per client, from the documentation range 198.18.0.0/15. */
export function randomAddress(): string {
  return `198.18.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

export class AuthClient {
  /** "name=value" as the browser would send it, or null. */
  cookie: string | null = null;

  constructor(
    readonly baseUrl: string,
    readonly address: string = randomAddress(),
    readonly userAgent = 'AuthTest/1.0 (vitest)',
  ) {}

  async request(method: string, path: string, body?: unknown): Promise<ApiResponse> {
    const headers: Record<string, string> = {
      'x-forwarded-for': this.address,
      'user-agent': this.userAgent,
    };
    if (this.cookie !== null) headers['cookie'] = this.cookie;
    let payload: string | undefined;
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie !== null) {
      const [pair = ''] = setCookie.split(';');
      // Max-Age=0 (or an empty value) is the server clearing it.
      this.cookie = /Max-Age=0/i.test(setCookie) || pair.endsWith('=') ? null : pair;
    }
    const text = await response.text();
    const parsed: unknown = text === '' ? {} : JSON.parse(text);
    return {
      status: response.status,
      headers: response.headers,
      body: parsed as Record<string, unknown>,
      setCookie,
    };
  }

  get(path: string): Promise<ApiResponse> {
    return this.request('GET', path);
  }
  post(path: string, body?: unknown): Promise<ApiResponse> {
    return this.request('POST', path, body ?? {});
  }
  patch(path: string, body: unknown): Promise<ApiResponse> {
    return this.request('PATCH', path, body);
  }
  delete(path: string): Promise<ApiResponse> {
    return this.request('DELETE', path);
  }
}
