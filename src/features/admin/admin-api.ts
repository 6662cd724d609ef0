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
