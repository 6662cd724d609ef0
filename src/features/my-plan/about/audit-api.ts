/**
 * The young person's audit log from the server (GET /api/cases/:caseId/audit, answered in
 * plain-words form for a young person: src/server/audit/plain-words.ts). It needs a
 * connection: the log lives on the server, never on the phone. A carer is refused (403).
 */
import { z } from 'zod';
import { callApi, type ApiResult } from '../../../app/account/api';
import type { PlainAuditEvent } from '../../../domain';

const eventSchema = z.object({
  who: z.object({ name: z.string().nullable(), role: z.string(), isYou: z.boolean() }),
  what: z.string(),
  about: z.string().nullable(),
  when: z.string(),
});

const logSchema = z.object({ events: z.array(eventSchema) });

export function fetchPlanLog(caseId: string): Promise<ApiResult<PlainAuditEvent[]>> {
  return callApi(
    'GET',
    `/api/cases/${encodeURIComponent(caseId)}/audit`,
    undefined,
    (json) => logSchema.parse(json).events,
  );
}
