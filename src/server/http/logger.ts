/**
 * Logger settings (pino, through Fastify). Logs never carry credentials or personal data
 * (DESIGN.md §10): cookies, authorization and set-cookie headers are redacted wherever
 * they appear, and request URLs are logged without their query string, where one-time
 * codes and search terms could otherwise end up.
 */
import type { FastifyServerOptions } from 'fastify';
import type { LogLevel } from '../config';

type LoggerOptions = Exclude<NonNullable<FastifyServerOptions['logger']>, boolean>;

export const REDACTED_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["proxy-authorization"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
];

/** "/api/x?code=123456" → "/api/x" */
export function pathOnly(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

interface LoggedRequest {
  method: string;
  url: string;
  ip?: string;
}

export function loggerOptions(level: LogLevel): LoggerOptions {
  return {
    level,
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    serializers: {
      req(request: LoggedRequest) {
        return { method: request.method, url: pathOnly(request.url), remoteAddress: request.ip };
      },
    },
  };
}
