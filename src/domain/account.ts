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

/**
 * Sign-in names of young people and carers (issue 3: signing in on a second device).
 *
 * Given by the server when an invitation is redeemed: the first word of the name the
 * person chose, lower-cased and folded to the letters a–z (Siân → sian), up to 12 of
 * them, then a dash and 4 characters of Crockford base32 drawn at random, e.g.
 * `sam-7KQ2`. Short enough to write on a hand, readable aloud, and with no 0/O or 1/I/L
 * to confuse (as with invitation codes, O reads as 0 and I or L as 1). A name with no
 * letters a–z at all (an Urdu name, an emoji) gives `plan-7KQ2`.
 *
 * Not a secret: the passphrase is. Matched case-insensitively, with or without the dash
 * or spaces: normaliseSignInName gives the one stored form (name lower case, code upper).
 */
export const SIGN_IN_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SIGN_IN_CODE_LENGTH = 4;
export const SIGN_IN_NAME_PART_MAX = 12;
export const SIGN_IN_NAME_FALLBACK = 'plan';
/** Longest sign-in name a person could type (with spaces they add); more is not one. */
export const SIGN_IN_NAME_MAX = 40;

/** Letters NFKD does not take apart into a–z plus accents. */
const FOLD: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  þ: 'th',
};

/** Lower case, accents taken off, letters folded to a–z where they can be. */
function foldToAscii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðħıłþ]/g, (c) => FOLD[c] ?? c);
}

/** The readable part of a new sign-in name, from the name the person chose. */
export function signInNamePart(displayName: string): string {
  const [firstWord = ''] = displayName.trim().split(/\s+/);
  const letters = foldToAscii(firstWord)
    .replace(/[^a-z]/g, '')
    .slice(0, SIGN_IN_NAME_PART_MAX);
  return letters === '' ? SIGN_IN_NAME_FALLBACK : letters;
}

const SIGN_IN_NAME_PATTERN = new RegExp(
  `^([a-z]{1,${SIGN_IN_NAME_PART_MAX}})-?([0-9a-z]{${SIGN_IN_CODE_LENGTH}})$`,
);
const SIGN_IN_CODE_PATTERN = new RegExp(`^[${SIGN_IN_CODE_ALPHABET}]{${SIGN_IN_CODE_LENGTH}}$`);

/**
 * A sign-in name as typed (`Sam-7kq2`, `sam 7KQ2`, `SAM7KQ2`, `siân-7kq2`), in its one
 * stored form `sam-7KQ2`; null when it cannot be a sign-in name at all.
 */
export function normaliseSignInName(typed: string): string | null {
  if (typed.length > SIGN_IN_NAME_MAX) return null;
  const compact = foldToAscii(typed.normalize('NFKC')).replace(/\s+/g, '');
  const match = SIGN_IN_NAME_PATTERN.exec(compact);
  if (!match?.[1] || !match[2]) return null;
  const code = match[2].toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  return SIGN_IN_CODE_PATTERN.test(code) ? `${match[1]}-${code}` : null;
}

/** Signing in on another device with the sign-in name and passphrase. */
export const familySignInFormSchema = z.strictObject({
  signInName: z
    .string()
    .trim()
    .min(1, { message: 'required', abort: true })
    .max(SIGN_IN_NAME_MAX, { message: 'tooLong', abort: true })
    .refine((typed) => normaliseSignInName(typed) !== null, { message: 'invalidSignInName' }),
  // Any existing passphrase is checked by the server; only presence is checked here.
  passphrase: z.string().min(1, { message: 'required' }).max(PASSWORD_MAX, { message: 'tooLong' }),
});
export type FamilySignInForm = z.infer<typeof familySignInFormSchema>;
