/**
 * POST /api/sync (DESIGN.md §5). JSON only and size-limited by the app; a signed-in actor
 * is required (401 otherwise); a body that breaks syncRequestSchema is a 400 with its
 * problems, never a 500. Each mutation inside is checked by the service on its own.
 */
import type { FastifyInstance } from 'fastify';
import { PARSE_OPTIONS, problemsFrom, syncRequestSchema } from '../../domain';
import { requireActor } from '../auth/session-check';
import type { Store } from '../store/store';
import { SyncService, type SyncServiceOptions } from './service';

export function registerSyncRoutes(
  app: FastifyInstance,
  store: Store,
  options: SyncServiceOptions = {},
): SyncService {
  const service = new SyncService(store, options);
  app.post('/api/sync', async (request, reply) => {
    const actor = requireActor(request);
    const parsed = syncRequestSchema.safeParse(request.body, PARSE_OPTIONS);
    if (!parsed.success) {
      return reply.code(400).send({
        error: 'invalid',
        message: 'The sync request is not valid.',
        problems: problemsFrom(parsed.error),
      });
    }
    return service.sync(actor, parsed.data.deviceId, parsed.data);
  });
  return service;
}
