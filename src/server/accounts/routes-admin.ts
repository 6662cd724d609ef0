/**
 * Administrators manage the staff accounts of their own organisation. A new account is
 * inactive until its person follows the one-time activation link and chooses a password,
 * so an admin never knows anyone's password. An organisation always keeps at least one
 * active admin (checked under a lock, so two admins demoting each other at once cannot
 * both succeed). Deactivating an account revokes all its sessions, so each of its devices
 * is told to delete its case data at its next request.
 */
import type { FastifyInstance } from 'fastify';
import { PARSE, type AuthDeps } from '../auth/deps';
import { HttpError } from '../auth/http-error';
import { lockAccounts } from '../auth/locks';
import { createUserBody, idParam, updateUserBody } from '../auth/schemas';
import { requireRole } from '../auth/session-check';
import { deleteDeviceKeys } from '../auth/device-keys';
import { revokeAllSessions } from '../auth/sessions';
import { createActivationCode, withdrawActivationCodes } from './activation-codes';
import { registerAdminSessionRoutes } from './routes-admin-sessions';
import { countActiveAdmins, findUser, insertUser, listUsers, summarise, updateUser } from './users';

function noSuchUser(): HttpError {
  return new HttpError(404, 'not_found', 'There is no such user in your organisation.');
}

export function registerAdminRoutes(app: FastifyInstance, deps: AuthDeps): void {
  const { store } = deps;

  app.get('/api/admin/users', async (request) => {
    const actor = requireRole(request, 'admin');
    return { users: (await listUsers(store, actor.organisationId)).map(summarise) };
  });

  app.post('/api/admin/users', async (request, reply) => {
    const actor = requireRole(request, 'admin');
    const body = createUserBody.parse(request.body, PARSE);
    const { user, activation } = await store.transaction(async (tx) => {
      const created = await insertUser(tx, {
        organisationId: actor.organisationId,
        displayName: body.displayName,
        email: body.email,
        roles: body.roles,
        active: false,
        passwordHash: null,
      });
      return { user: created, activation: await createActivationCode(tx, created.id) };
    });
    return reply.code(201).send({
      user: summarise(user),
      activation: {
        // Shown once: only its hash is kept. The fragment never reaches a server log.
        link: `/activate#code=${activation.code}`,
        expiresAt: activation.expiresAt,
      },
    });
  });

  app.patch('/api/admin/users/:id', async (request) => {
    const actor = requireRole(request, 'admin');
    const params = idParam.safeParse(request.params);
    if (!params.success) throw noSuchUser();
    const body = updateUserBody.parse(request.body, PARSE);
    const updated = await store.transaction(async (tx) => {
      await lockAccounts(tx);
      const target = await findUser(tx, params.data.id);
      if (!target || target.organisation_id !== actor.organisationId) throw noSuchUser();
      if (body.roles && target.roles.some((role) => role !== 'admin' && role !== 'practitioner')) {
        throw new HttpError(
          409,
          'not_staff',
          "Roles can be changed only on staff accounts; young people's and carers' accounts come from invitations.",
        );
      }
      const row = await updateUser(tx, target.id, body);
      if ((await countActiveAdmins(tx, actor.organisationId)) === 0) {
        // Thrown inside the transaction: the change is rolled back.
        throw new HttpError(
          409,
          'last_admin',
          'This is the last active administrator. Make someone else an administrator first.',
        );
      }
      if (body.active === false) {
        await revokeAllSessions(tx, target.id);
        await deleteDeviceKeys(tx, target.id);
        await withdrawActivationCodes(tx, target.id);
      }
      return row;
    });
    return { user: summarise(updated) };
  });

  // A new activation link for an account that was never activated (the first link was
  // lost or ran out). Earlier links stop working, so only the newest can be used.
  app.post('/api/admin/users/:id/activation', async (request, reply) => {
    const actor = requireRole(request, 'admin');
    const params = idParam.safeParse(request.params);
    if (!params.success) throw noSuchUser();
    const activation = await store.transaction(async (tx) => {
      const target = await findUser(tx, params.data.id);
      if (!target || target.organisation_id !== actor.organisationId) throw noSuchUser();
      const isStaff = target.roles.every((role) => role === 'admin' || role === 'practitioner');
      if (!isStaff || target.active || target.password_hash !== null) {
        throw new HttpError(
          409,
          'already_activated',
          'Only an account that has never been activated can get a new activation link.',
        );
      }
      await withdrawActivationCodes(tx, target.id);
      return createActivationCode(tx, target.id);
    });
    return reply.code(201).send({
      activation: { link: `/activate#code=${activation.code}`, expiresAt: activation.expiresAt },
    });
  });

  // A user's signed-in devices, and signing one out (issue 10).
  registerAdminSessionRoutes(app, deps);
}
