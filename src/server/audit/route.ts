/**
 * GET /api/cases/:caseId/audit (issue 3 item 6): the case's audit log to its care team
 * (every field, plus whether the hash chain verifies) and, in plain-words-ready form, to
 * the young person of the case; 403 to anyone else (carers and admins included, unless
 * they are on the care team), 404 for something that cannot be a case id. Looking at the
 * log is itself recorded as a read.
 */
import type { FastifyInstance } from 'fastify';
import { isUuidV7, uuidv7 } from '../../domain';
import { loadCaseAccess } from '../access/load';
import { requireActor } from '../auth/session-check';
import type { Store } from '../store/store';
import { verifyChain } from './chain';
import { plainWords } from './plain-words';
import { appendAudit, readChain } from './store';

/** Display names of the people in a log (accounts table of migration 0002). */
async function displayNames(store: Store, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await store.query<{ id: string; display_name: string }>(
    'SELECT id, display_name FROM users WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))',
    [JSON.stringify([...new Set(ids)])],
  );
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export function registerAuditRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Params: { caseId: string } }>('/api/cases/:caseId/audit', async (request, reply) => {
    const actor = requireActor(request);
    const { caseId } = request.params;
    const forbidden = () =>
      reply.code(403).send({ error: 'forbidden', message: 'You cannot see this log.' });
    if (!isUuidV7(caseId))
      return reply.code(404).send({ error: 'not_found', message: 'There is no such case.' });
    const access = await loadCaseAccess(store, actor, caseId);
    if (access === null || access.role === 'carer') return forbidden();

    const entries = await readChain(store, caseId);
    const now = Date.now();
    await store.transaction((tx) =>
      appendAudit(tx, [
        {
          id: uuidv7(now),
          partition: caseId,
          caseId,
          actorId: actor.userId,
          actorRole: access.caseRole,
          deviceId: null,
          action: 'read',
          kind: 'audit-event',
          recordId: null,
          at: new Date(now).toISOString(),
        },
      ]),
    );
    if (access.role === 'care-team') return { events: entries, chain: verifyChain(entries) };
    const names = await displayNames(
      store,
      entries.map((e) => e.actorId),
    );
    return { events: plainWords(entries, actor.userId, names) };
  });
}
