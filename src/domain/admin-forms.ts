/**
 * What an administrator types to add a colleague or change their roles. Shared by the
 * screens (react-hook-form + zod) and matching the server's body schemas, so the form and
 * the API agree on what is valid. Messages are keys in locales/<lang>/validation.json,
 * except STAFF_ROLES_REQUIRED, whose words live in locales/<lang>/admin.json
 * (problems.chooseRole): none of the shared keys says "select a role" plainly.
 */
import { z } from 'zod';
import { emailSchema } from './account';

/** The roles an administrator can give a staff account, in the order the screens list them. */
export const STAFF_ROLE_CHOICES = ['practitioner', 'admin'] as const;
export type StaffRoleChoice = (typeof STAFF_ROLE_CHOICES)[number];

/** Message key for a staff account with no role ticked (translated in admin.json). */
export const STAFF_ROLES_REQUIRED = 'chooseRole';

export const staffRolesSchema = z
  .array(z.enum(STAFF_ROLE_CHOICES, { message: 'notAnOption' }), {
    // react-hook-form gives `false` for a checkbox group with nothing ticked.
    message: STAFF_ROLES_REQUIRED,
  })
  .min(1, { message: STAFF_ROLES_REQUIRED });

export const addUserFormSchema = z.strictObject({
  displayName: z.string().trim().min(1, { message: 'required' }).max(100, { message: 'tooLong' }),
  email: emailSchema,
  roles: staffRolesSchema,
});
export type AddUserForm = z.infer<typeof addUserFormSchema>;

export const changeRolesFormSchema = z.strictObject({
  roles: staffRolesSchema,
});
export type ChangeRolesForm = z.infer<typeof changeRolesFormSchema>;
