/**
 * The public signposting endpoints ("no wrong door", issue #9). School staff signpost
 * without an account, so neither route needs a session:
 *
 *   GET  /api/public/directory
 *        → 200 { resources: {id, data}[], disabledDirectoryIds: string[], updatedAt }
 *   POST /api/public/signposting-counts   { id: UUIDv7 made on the device, count }
 *        → 201 { id } stored; 200 { id } the same count was stored before (a retry);
 *          400 { error: 'invalid', message, problems } bad input (never 500);
 *          409 { error: 'id_taken' } the id belongs to something else;
 *          429 too many from this address (Retry-After says when to try again).
 *
 * The count is the domain's `signposting-event` data and nothing more (no free text, an
 * age band, content and directory ids, a date). The device makes the id so that a retry
 * after a lost answer stores nothing twice.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  PARSE_OPTIONS,
  ValidationError,
  idSchema,
  problemsFrom,
  signpostingEventKind,
  type Problem,
} from '../../domain';
import { HttpError, authErrorHandler } from '../auth/http-error';
import { toErrorReply } from '../http/errors';
import { addressKey, beginAttempt, type Limit } from '../auth/rate-limit';
import type { Store } from '../store/store';
import { readPublicDirectory } from './directory';
import { writeSignpostingCount } from './write-count';

/**
 * Per client address. A whole school often shares one address, and a signposting
 * conversation is minutes long, so 60 an hour leaves room for a busy school while a
 * script filling the figures with noise is soon stopped. Devices keep refused counts
 * and send them later, so a refusal loses nothing.
 */
export const COUNT_LIMIT = (ip: string): Limit => ({
  scope: 'signposting-count-address',
  key: addressKey(ip),
  max: 60,
  windowSeconds: 60 * 60,
});

/** Problems in one answer at most: a reply listing every bad item of a huge list would be huge. */
const MAX_PROBLEMS = 20;

const countBody = z.strictObject({ id: idSchema, count: signpostingEventKind.data });
const noQuery = z.strictObject({});

const COUNT_FIELDS: readonly string[] = Object.keys(signpostingEventKind.data.shape);

function invalid(problems: Problem[]): HttpError {
  return new HttpError(
    400,
    'invalid',
    'Some of what was sent is missing or not valid.',
    problems.slice(0, MAX_PROBLEMS),
  );
}

function idTaken(): HttpError {
  return new HttpError(409, 'id_taken', 'This id is already in use. Send the count with a new id.');
}

/**
 * As the auth routes answer, plus: a body that is not JSON at all (or is refused by the
 * parser) says so as a problem too, so the device handles every 400 the same way.
 */
function errorHandler(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (!(error instanceof HttpError) && !(error instanceof z.ZodError)) {
    const { status, body } = toErrorReply(
      error,
      request.server.initialConfig.bodyLimit ?? 1024 * 1024,
    );
    if (status === 400) {
      request.log.info({ statusCode: status, code: body.error }, 'request refused');
      const problems: Problem[] = [{ path: [], key: 'invalidFormat', params: {} }];
      return reply
        .code(status)
        .type('application/json; charset=utf-8')
        .send({ ...body, error: 'invalid', problems });
    }
  }
  return authErrorHandler(error, request, reply);
}

export async function registerSignpostingRoutes(app: FastifyInstance, store: Store): Promise<void> {
  // A scope of its own only for the error handler, which answers with the problems.
  await app.register(async (scope) => {
    scope.setErrorHandler(errorHandler);

    scope.get('/api/public/directory', async (request, reply) => {
      if (!noQuery.safeParse(request.query ?? {}).success) {
        throw new HttpError(400, 'invalid_query', 'This address takes no query parameters.');
      }
      const body = await readPublicDirectory(store);
      // Devices keep their own offline copy (the service worker's cache); a browser or
      // proxy must ask again each time, so a changed phone number is never served stale.
      void reply.header('cache-control', 'no-cache');
      return body;
    });

    scope.post('/api/public/signposting-counts', async (request, reply) => {
      const parsed = countBody.safeParse(request.body, PARSE_OPTIONS);
      if (!parsed.success) throw invalid(problemsFrom(parsed.error));
      const { id, count } = parsed.data;
      // Counted after parsing, so a flood of junk costs no writes; never released, so
      // every accepted count uses up the allowance.
      await beginAttempt(store, [COUNT_LIMIT(request.ip)]);
      let outcome;
      try {
        outcome = await store.transaction(async (tx) => {
          const result = await writeSignpostingCount(tx, id, count, COUNT_FIELDS);
          // Thrown inside: should anything have been written, it is rolled back.
          if (result === 'conflict') throw idTaken();
          return result;
        });
      } catch (error) {
        if (error instanceof ValidationError) throw invalid(error.problems);
        throw error;
      }
      void reply.header('cache-control', 'no-store');
      return reply.code(outcome === 'stored' ? 201 : 200).send({ id });
    });
  });
}
