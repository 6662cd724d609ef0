/**
 * The server's admin API (src/server/accounts/routes-admin.ts) as the admin screens use
 * it. Nothing here is stored on the device: staff lists are not case data, so they are
 * fetched each time and need a connection.
 */
import { z } from 'zod';
import { callApi, type ApiResult } from '../../app/account/api';
import type { AddUserForm, StaffRoleChoice } from '../../domain';

const userSchema = z.object({
  id: z.string().min(1),
  displayName: z.string(),
  email: z.string().nullable(),
  roles: z.array(z.string()),
  active: z.boolean(),
  /** A password has been set: the person followed their activation link. */
  hasPassword: z.boolean(),
});
export type StaffUser = z.infer<typeof userSchema>;

const listSchema = z.object({ users: z.array(userSchema) });
const oneSchema = z.object({ user: userSchema });
const createdSchema = z.object({
  user: userSchema,
  activation: z.object({ link: z.string().startsWith('/'), expiresAt: z.string() }),
});
export type CreatedUser = z.infer<typeof createdSchema>;

export function listStaff(): Promise<ApiResult<StaffUser[]>> {
  return callApi('GET', '/api/admin/users', undefined, (json) => listSchema.parse(json).users);
}

export function addStaff(form: AddUserForm): Promise<ApiResult<CreatedUser>> {
  return callApi('POST', '/api/admin/users', form, (json) => createdSchema.parse(json));
}

const renewedSchema = z.object({
  activation: z.object({ link: z.string().startsWith('/'), expiresAt: z.string() }),
});
export type RenewedActivation = z.infer<typeof renewedSchema>['activation'];

/** A new activation link for an account never activated; earlier links stop working. */
export function renewActivation(id: string): Promise<ApiResult<RenewedActivation>> {
  return callApi(
    'POST',
    `/api/admin/users/${encodeURIComponent(id)}/activation`,
    {},
    (json) => renewedSchema.parse(json).activation,
  );
}

export type StaffChange = { roles: StaffRoleChoice[] } | { active: boolean };

/** PATCH /api/admin/users/:id: roles, or whether the account may sign in. */
export function changeStaff(id: string, change: StaffChange): Promise<ApiResult<StaffUser>> {
  return callApi(
    'PATCH',
    `/api/admin/users/${encodeURIComponent(id)}`,
    change,
    (json) => oneSchema.parse(json).user,
  );
}

/**
 * One device a colleague is signed in on (a server session). The label is what the device
 * said it was at sign-in, so it may be missing; lastSeenAt is missing until it is used.
 */
const userDeviceSchema = z.object({
  id: z.string().min(1),
  deviceLabel: z.string().nullish(),
  createdAt: z.string(),
  lastSeenAt: z.string().nullish(),
  /** The admin's own session on this device (on their own account's page). */
  current: z.boolean().optional(),
});
export type UserDevice = z.infer<typeof userDeviceSchema>;

const userDevicesSchema = z.object({ sessions: z.array(userDeviceSchema) });

/** GET /api/admin/users/:id/sessions: where a colleague is signed in now. */
export function listUserDevices(userId: string): Promise<ApiResult<UserDevice[]>> {
  return callApi(
    'GET',
    `/api/admin/users/${encodeURIComponent(userId)}/sessions`,
    undefined,
    (json) => userDevicesSchema.parse(json).sessions,
  );
}

/**
 * Signs one of a colleague's devices out. The server ends the session at once; the
 * device itself removes OurPlan's data when it next connects and learns of it. A 404
 * means the session had already gone.
 */
export function revokeUserDevice(userId: string, sessionId: string): Promise<ApiResult<void>> {
  return callApi(
    'POST',
    `/api/admin/users/${encodeURIComponent(userId)}/sessions/${encodeURIComponent(sessionId)}/revoke`,
    {},
    () => undefined,
  );
}
