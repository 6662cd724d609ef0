/**
 * POST /api/invitations/redeem: the invited young person or carer types the code, their
 * name and a passphrase, and is signed in on this device. In ONE transaction: the
 * invitation is used up, the account is made, and the server writes their case
 * membership (membership.ts), so either all of it happens or none.
 *
 * Every failure of the code itself (unknown, mistyped, used, withdrawn, expired, or its
 * case gone) is the same 403 invalid_invitation. Failures are rate limited per address
 * and per code, in the database like sign-in (auth/rate-limit.ts).
 */
import type { FastifyInstance } from 'fastify';
import { PARSE, signInAs, type AuthDeps } from '../auth/deps';
import { HttpError } from '../auth/http-error';
import { addressKey, beginAttempt, type Limit } from '../auth/rate-limit';
import type { CodeHasher } from './codes';
import { normaliseCode } from './codes';
import { FAMILY_SESSION, insertFamilyAccount } from './family-account';
import { writeMembership } from './membership';
import { redeemBody } from './schemas';
import { claimInvitation, invitationOpen, markRedeemedBy } from './store';

const FIFTEEN_MINUTES = 15 * 60;

export const REDEEM_LIMITS = {
  perAddress: (ip: string): Limit => ({
    scope: 'invitation-address',
    key: addressKey(ip),
    max: 10,
    windowSeconds: FIFTEEN_MINUTES,
  }),
  /** Keyed by the code's hash: the code itself is never stored. */
  perCode: (codeHash: string): Limit => ({
    scope: 'invitation-code',
    key: codeHash,
    max: 5,
    windowSeconds: FIFTEEN_MINUTES,
  }),
};

function invalidInvitation(): HttpError {
  return new HttpError(
    403,
    'invalid_invitation',
    'This invitation code is not valid: check it, or it may have been used, withdrawn or have expired. Ask your practitioner for a new one.',
  );
}

export function registerRedeemRoute(app: FastifyInstance, deps: AuthDeps, codes: CodeHasher): void {
  const { store } = deps;

  app.post('/api/invitations/redeem', async (request, reply) => {
    const body = redeemBody.parse(request.body, PARSE);
    const code = normaliseCode(body.code);
    const codeHash = code === null ? null : codes.hash(code);
    const limits = [REDEEM_LIMITS.perAddress(request.ip)];
    if (codeHash !== null) limits.push(REDEEM_LIMITS.perCode(codeHash));
    const attempt = await beginAttempt(store, limits);
    // Checked before the (deliberately slow) hash, so bad codes cost us little.
    if (codeHash === null || !(await invitationOpen(store, codeHash))) throw invalidInvitation();
    const passwordHash = await deps.hasher.hash(body.passphrase);

    const userId = await store.transaction(async (tx) => {
      const invitation = await claimInvitation(tx, codeHash);
      if (!invitation) throw invalidInvitation();
      const { id } = await insertFamilyAccount(tx, {
        organisationId: invitation.organisation_id,
        displayName: body.displayName,
        role: invitation.role,
        passwordHash,
      });
      await markRedeemedBy(tx, invitation.id, id);
      const written = await writeMembership(tx, {
        caseId: invitation.case_id,
        userId: id,
        role: invitation.role,
        relationship: invitation.relationship,
      });
      // Thrown inside the transaction: nothing of the above is kept.
      if (!written) throw invalidInvitation();
      return id;
    });
    await attempt.release();

    // The body says the new sign-in name (user.signInName), to show the person once joined.
    const me = await signInAs(deps, request, reply, userId, body.deviceLabel, FAMILY_SESSION);
    return reply.code(201).send(me);
  });
}
