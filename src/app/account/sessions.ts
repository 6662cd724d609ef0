/** The person's signed-in devices (server sessions), to see and to sign out remotely. */
import { z } from 'zod';
import { callApi, type ApiResult } from './api';

const sessionSchema = z
  .object({
    id: z.string(),
    deviceLabel: z.string().nullish(),
    createdAt: z.string(),
    lastUsedAt: z.string(),
    current: z.boolean(),
  })
  .passthrough();
export type AccountSession = z.infer<typeof sessionSchema>;

const listSchema = z.union([
  z.array(sessionSchema),
  z.object({ sessions: z.array(sessionSchema) }).transform((o) => o.sessions),
]);

export function listSessions(): Promise<ApiResult<AccountSession[]>> {
  return callApi('GET', '/api/auth/sessions', undefined, (json) => listSchema.parse(json));
}

export function revokeSession(id: string): Promise<ApiResult<void>> {
  return callApi(
    'DELETE',
    `/api/auth/sessions/${encodeURIComponent(id)}`,
    undefined,
    () => undefined,
  );
}
