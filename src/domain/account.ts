/**
 * What people type to set up, activate and sign in to an account. Shared by the screens
 * (react-hook-form + zod) and available to the server, so a form and the API agree on
 * what is valid. Messages are keys in locales/<lang>/validation.json.
 */
import { z } from 'zod';

/** Staff passwords: long rather than complex (NCSC guidance); any characters, paste allowed. */
export const STAFF_PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export const emailSchema = z
  .string()
  .trim()
  .min(1, { message: 'required' })
  .max(254, { message: 'tooLong' })
  .email({ message: 'invalidEmail' });

export const staffPasswordSchema = z
  .string()
  .min(1, { message: 'required' })
  .min(STAFF_PASSWORD_MIN, { message: 'tooShort' })
  .max(PASSWORD_MAX, { message: 'tooLong' });

export const signInFormSchema = z.strictObject({
  email: emailSchema,
  // Any existing password is checked by the server; only presence is checked here.
  password: z.string().min(1, { message: 'required' }).max(PASSWORD_MAX, { message: 'tooLong' }),
});
export type SignInForm = z.infer<typeof signInFormSchema>;

export const setupFormSchema = z.strictObject({
  organisationName: z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .max(200, { message: 'tooLong' }),
  displayName: z.string().trim().min(1, { message: 'required' }).max(100, { message: 'tooLong' }),
  email: emailSchema,
  password: staffPasswordSchema,
});
export type SetupForm = z.infer<typeof setupFormSchema>;

export const activateFormSchema = z.strictObject({
  password: staffPasswordSchema,
});
export type ActivateForm = z.infer<typeof activateFormSchema>;

/** Young people's and carers' passphrases: shorter than staff passwords, any characters. */
export const PASSPHRASE_MIN = 8;

/**
 * Joining a plan with the code a practitioner gave: 10 characters, shown grouped like
 * K7QM-3XPA-9T; typed with or without dashes or spaces, in any case.
 */
export const joinFormSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .max(20, { message: 'tooLong' })
    .regex(/^[0-9A-Za-z\s-]+$/, { message: 'invalidCode' }),
  displayName: z.string().trim().min(1, { message: 'required' }).max(100, { message: 'tooLong' }),
  passphrase: z
    .string()
    .min(1, { message: 'required' })
    .min(PASSPHRASE_MIN, { message: 'tooShort' })
    .max(PASSWORD_MAX, { message: 'tooLong' }),
});
export type JoinForm = z.infer<typeof joinFormSchema>;
