/**
 * Server logs never carry credentials or one-time codes (DESIGN.md §10): the logger
 * settings the app uses redact cookie/authorization/set-cookie headers and log request
 * URLs without their query string.
 */
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loggerOptions, pathOnly } from '../../src/server/http/logger';

describe('logger settings', () => {
  it('strips query strings from logged URLs', () => {
    expect(pathOnly('/invite?code=123456')).toBe('/invite');
    expect(pathOnly('/api/health')).toBe('/api/health');
  });

  it('redacts credentials and leaves query strings out of request logs', async () => {
    const lines: string[] = [];
    const app = Fastify({
      logger: { ...loggerOptions('info'), stream: { write: (line: string) => lines.push(line) } },
    });
    app.get('/invite', async (request) => {
      request.log.info({ headers: request.headers }, 'headers seen');
      return { ok: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = app.server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}/invite?code=987654`, {
        headers: { cookie: '__Host-session=topsecret', authorization: 'Bearer hunter2' },
      });
      expect(response.status).toBe(200);
    } finally {
      await app.close();
    }
    const log = lines.join('');
    expect(log).toContain('headers seen');
    expect(log).toContain('[redacted]');
    expect(log).not.toContain('topsecret');
    expect(log).not.toContain('hunter2');
    expect(log).not.toContain('987654');
    expect(log).toContain('"url":"/invite"');
  });
});
