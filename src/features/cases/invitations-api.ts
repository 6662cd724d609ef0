/**
 * The care team's invitation calls (server: src/server/invitations/routes-care-team.ts).
 * They need a connection; everything else about a case works offline.
 */
import { z } from 'zod';
import { callApi, type ApiResult } from '../../app/account/api';

export type InvitedRole = 'young-person' | 'carer';

const invitationSchema = z.object({
  id: z.string(),
  role: z.enum(['young-person', 'carer']),
  displayName: z.string().nullable(),
  relationship: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type OpenInvitation = z.infer<typeof invitationSchema>;

const createdSchema = invitationSchema.extend({ code: z.string() });
export type CreatedInvitation = z.infer<typeof createdSchema>;

const listSchema = z.object({ invitations: z.array(invitationSchema) });

export interface InvitationRequest {
  role: InvitedRole;
  displayName?: string;
  relationship?: string;
}

const casePath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/invitations`;

export function createInvitation(
  caseId: string,
  request: InvitationRequest,
): Promise<ApiResult<CreatedInvitation>> {
  return callApi('POST', casePath(caseId), request, (json) => createdSchema.parse(json));
}

export function listInvitations(caseId: string): Promise<ApiResult<OpenInvitation[]>> {
  return callApi('GET', casePath(caseId), undefined, (json) => listSchema.parse(json).invitations);
}

export function withdrawInvitation(caseId: string, id: string): Promise<ApiResult<unknown>> {
  return callApi('DELETE', `${casePath(caseId)}/${encodeURIComponent(id)}`, undefined, () => null);
}

/** The link a QR code carries: the join page, with the code in the fragment (never logged). */
export function joinLink(origin: string, code: string): string {
  return `${origin}/join#code=${encodeURIComponent(code)}`;
}
