/**
 * The care team's side of invitations (issue 3 item 2): invite a young person or carer
 * to a case, list the open invitations (never their codes), withdraw one. Only someone
 * whose active case membership puts them on that case's care team (access/case-access.ts,
 * which also requires a staff account) may do any of it; anyone else gets 403, whether
 * or not the case exists.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { loadCaseAccess } from '../access/load';
import type { Actor } from '../auth/actor';
import { PARSE } from '../auth/deps';
import { HttpError } from '../auth/http-error';
import { requireRole } from '../auth/session-check';
import type { Store } from '../store/store';
import type { CodeHasher } from './codes';
import { groupCode, newInvitationCode } from './codes';
import { caseParam, createInvitationBody, invitationParam } from './schemas';
import {
  insertInvitation,
  listOpenInvitations,
  withdrawInvitation,
  type InvitationRow,
} from './store';

function notOnCareTeam(): HttpError {
  return new HttpError(403, 'forbidden', 'Only the care team of this case can do this.');
}

/** The actor and case id when the actor is on the case's care team; 401/403 otherwise. */
async function careTeamOf(
  store: Store,
  request: FastifyRequest,
): Promise<{ actor: Actor; caseId: string }> {
  const actor = requireRole(request, 'practitioner');
  const params = caseParam.safeParse(request.params);
  if (!params.success) throw notOnCareTeam();
  const access = await loadCaseAccess(store, actor, params.data.caseId);
  if (access?.role !== 'care-team') throw notOnCareTeam();
  return { actor, caseId: params.data.caseId };
}

function summary(row: InvitationRow) {
  return {
    id: row.id,
    caseId: row.case_id,
    role: row.role,
    relationship: row.relationship,
    displayName: row.display_name,
    invitedBy: row.invited_by,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
  };
}

export function registerCareTeamRoutes(
  app: FastifyInstance,
  store: Store,
  codes: CodeHasher,
): void {
  app.post('/api/cases/:caseId/invitations', async (request, reply) => {
    const { actor, caseId } = await careTeamOf(store, request);
    const body = createInvitationBody.parse(request.body, PARSE);
    const code = newInvitationCode();
    const row = await insertInvitation(store, {
      codeHash: codes.hash(code),
      organisationId: actor.organisationId,
      caseId,
      role: body.role,
      relationship: body.relationship ?? null,
      displayName: body.displayName ?? null,
      invitedBy: actor.userId,
    });
    // Shown once: only its keyed hash is kept.
    return reply.code(201).send({ ...summary(row), code: groupCode(code) });
  });

  app.get('/api/cases/:caseId/invitations', async (request) => {
    const { caseId } = await careTeamOf(store, request);
    return { invitations: (await listOpenInvitations(store, caseId)).map(summary) };
  });

  app.delete('/api/cases/:caseId/invitations/:id', async (request, reply) => {
    const { caseId } = await careTeamOf(store, request);
    const params = invitationParam.safeParse(request.params);
    const withdrawn = params.success && (await withdrawInvitation(store, caseId, params.data.id));
    if (!withdrawn) throw new HttpError(404, 'not_found', 'There is no such open invitation.');
    return reply.code(204).send();
  });
}
