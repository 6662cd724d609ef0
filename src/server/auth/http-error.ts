/**
 * Errors that routes throw to answer with a 4xx: {error, message, problems?}.
 *
 * Thrown anywhere (e.g. requireActor in another engineer's route), an HttpError carries a
 * statusCode, so the global handler (http/errors.ts) answers with its status and message.
 * The auth and account routes are registered with authErrorHandler, which also keeps
 * their own `error` codes and the problems (message keys, src/domain/validation.ts) that
 * the screens translate.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { problemsFrom, type Problem } from '../../domain/validation';
import { toErrorReply } from '../http/errors';

export class HttpError extends Error {
  override name = 'HttpError';

  constructor(
    readonly statusCode: number,
    /** Stable and machine-readable, e.g. "invalid_credentials". */
    readonly code: string,
    message: string,
    readonly problems?: Problem[],
    /** Extra response headers, e.g. Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface AuthErrorBody {
  error: string;
  message: string;
  problems?: Problem[];
}

export function invalidBody(error: ZodError): HttpError {
  return new HttpError(
    400,
    'invalid',
    'Some of what was sent is missing or not valid.',
    problemsFrom(error),
  );
}

export function authErrorHandler(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  let status: number;
  let body: AuthErrorBody;
  if (error instanceof HttpError) {
    status = error.statusCode;
    body = { error: error.code, message: error.message };
    if (error.problems) body.problems = error.problems;
    reply.headers(error.headers);
  } else if (error instanceof ZodError) {
    const http = invalidBody(error);
    status = http.statusCode;
    body = { error: http.code, message: http.message, problems: http.problems ?? [] };
  } else {
    ({ status, body } = toErrorReply(error, request.server.initialConfig.bodyLimit ?? 1024 * 1024));
  }
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ statusCode: status, code: body.error }, 'request refused');
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}
