/**
 * Every error becomes a JSON answer {error, message} with the right status: bad input is
 * a 4xx with a reason the client can show, never a 500 (DESIGN.md §7), and nothing
 * internal (stack traces, SQL, file paths) ever reaches the client.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';

export interface ErrorBody {
  /** Stable, machine-readable: clients switch on this, not on the message. */
  error: string;
  /** Plain words, safe to show or log. */
  message: string;
}

const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  408: 'request_timeout',
  409: 'conflict',
  411: 'length_required',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'too_many_requests',
  503: 'service_unavailable',
};

/** Our words for Fastify's own errors; some of its messages would echo the request body. */
const MESSAGE_BY_FASTIFY_CODE: Readonly<Record<string, string>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'This endpoint accepts only application/json.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty but says it is JSON.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The request body does not match its Content-Length.',
};

/**
 * The stable code an HttpError (auth/http-error.ts) was thrown with, e.g. 401
 * `session_revoked`, which tells a device to empty itself (issue #10). Recognised by name:
 * this layer sits below auth and must not import it. Fastify's own errors are not
 * HttpErrors, so their codes (FST_…) never reach a client.
 */
function ownCode(error: Error): string | undefined {
  const code = (error as { code?: unknown }).code;
  return error.name === 'HttpError' && typeof code === 'string' ? code : undefined;
}

function isClientError(status: number | undefined): status is number {
  return status !== undefined && status >= 400 && status < 500;
}

function describeTooLarge(bodyLimit: number): string {
  const kib = bodyLimit / 1024;
  const size = kib >= 1024 ? `${kib / 1024} MiB` : `${kib} KiB`;
  return `The request body is larger than the ${size} this server accepts.`;
}

export function toErrorReply(
  error: FastifyError | Error,
  bodyLimit: number,
): { status: number; body: ErrorBody } {
  if (error instanceof ZodError) {
    const first = error.issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    return {
      status: 400,
      body: {
        error: 'invalid',
        message: `The request is not valid${where}: ${first?.message ?? ''}`.trim(),
      },
    };
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.validation) {
    return { status: 400, body: { error: 'invalid', message: error.message } };
  }
  const status = fastifyError.statusCode;
  if (isClientError(status)) {
    const message =
      status === 413
        ? describeTooLarge(bodyLimit)
        : (MESSAGE_BY_FASTIFY_CODE[fastifyError.code ?? ''] ??
          (error instanceof SyntaxError ? 'The request body is not valid JSON.' : error.message));
    return {
      status,
      body: { error: ownCode(error) ?? CODE_BY_STATUS[status] ?? 'bad_request', message },
    };
  }
  if (status === 503) {
    return {
      status,
      body: {
        error: 'service_unavailable',
        message: 'The server is not ready. Try again shortly.',
      },
    };
  }
  return {
    status: 500,
    body: {
      error: 'internal_error',
      message: 'Something went wrong on the server. Please try again later.',
    },
  };
}

export function registerErrorHandler(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toErrorReply(error, bodyLimit);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    // Client mistakes are routine: log the code, not the message (it may quote the body).
    else request.log.info({ statusCode: status, code: error.code }, 'request refused');
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });
}

/** The reply for an /api path that no route answers. */
export function apiNotFound(request: FastifyRequest): ErrorBody {
  return {
    error: 'not_found',
    message: `There is no API endpoint ${request.method} ${request.url.split('?')[0] ?? ''}.`,
  };
}
