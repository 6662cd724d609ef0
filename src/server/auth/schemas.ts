/**
 * Request bodies of the auth and account routes. Strict: an unknown field is refused
 * (unknownField) rather than ignored. Messages are keys (src/domain/validation.ts) the
 * screens translate; problemFromIssue adds the parameters (minimum, maximum…).
 */
import { z } from 'zod';
import { SIGN_IN_NAME_MAX, emailAddress } from '../../domain';
import { PASSWORD_MAX, STAFF_PASSWORD_MIN } from './passwords';
import { DEVICE_LABEL_MAX } from './sessions';

const text = (max: number) => z.string().trim().min(1).max(max);

/** Stored lower-cased: addresses are matched case-insensitively. */
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { abort: true })
  .max(254, { abort: true })
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'invalidEmail');

/**
 * A new account's address must also fit the synced `user` record (the domain's stricter
 * rule): otherwise writing the record would fail after the request was accepted. Sign-in
 * keeps the looser rule, so an older account with an odd address can still sign in.
 */
const newAccountEmail = emailField.pipe(emailAddress);

/** Not trimmed or restricted: any character, pasted or from a password manager. */
export const staffPassword = z.string().min(STAFF_PASSWORD_MIN).max(PASSWORD_MAX);
/** At sign-in only the upper bound matters (young people's passphrases are shorter). */
const anyPassword = z.string().min(1).max(PASSWORD_MAX);

const deviceLabel = z.string().max(DEVICE_LABEL_MAX).optional();
/** A one-time secret as sent; its form is checked when it is looked up. */
const secret = z.string().min(1).max(200);

export const STAFF_ROLES = ['admin', 'practitioner'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
const staffRoles = z
  .array(z.enum(STAFF_ROLES))
  .min(1)
  .max(STAFF_ROLES.length * 2)
  .transform((roles): StaffRole[] => STAFF_ROLES.filter((role) => roles.includes(role)));

export const setupBody = z.strictObject({
  token: secret,
  organisationName: text(200),
  displayName: text(100),
  email: newAccountEmail,
  password: staffPassword,
  deviceLabel,
});

export const signInBody = z.strictObject({
  email: emailField,
  password: anyPassword,
  deviceLabel,
});

/**
 * A young person or carer signing in on another device. The name's form is checked when
 * it is looked up: one that cannot be a sign-in name is refused like an unknown one.
 */
export const familySignInBody = z.strictObject({
  signInName: z.string().trim().min(1).max(SIGN_IN_NAME_MAX),
  passphrase: anyPassword,
  deviceLabel,
});

export const activateBody = z.strictObject({
  code: secret,
  password: staffPassword,
  deviceLabel,
});

export const createUserBody = z.strictObject({
  displayName: text(100),
  email: newAccountEmail,
  roles: staffRoles,
});

export const updateUserBody = z
  .strictObject({
    active: z.boolean().optional(),
    roles: staffRoles.optional(),
  })
  .refine((body) => body.active !== undefined || body.roles !== undefined, {
    message: 'required',
    path: ['active'],
  });

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

/** Ids are uuidv7 text; anything else cannot name a user or session. */
export const idParam = z.strictObject({ id: uuid });

/** /api/admin/users/:id/sessions/:sessionId/… */
export const userSessionParams = z.strictObject({ id: uuid, sessionId: uuid });

/**
 * The device asking for its escrow key (POST /api/auth/device-key): the same alphabet as
 * the sync protocol's deviceId, at least 8 characters so that ids are not guessable
 * short strings (the device makes a random one).
 */
export const deviceKeyBody = z.strictObject({
  deviceId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'invalidFormat'),
});
