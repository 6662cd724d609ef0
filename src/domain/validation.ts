/**
 * Turning schema failures into problems a person can read. Schemas in src/domain carry
 * message *keys* (e.g. `required`, `tooLong`), never English: the UI translates them
 * with the `validation` namespace in locales/, and the server returns the keys with
 * their parameters so every device can say them in its own language.
 */
import type { z } from 'zod';

export interface Problem {
  /** Where: the field path, e.g. ["preferredName"] or ["people", 0, "name"]. */
  path: (string | number)[];
  /** What: a key in locales/<lang>/validation.json. */
  key: string;
  /** Values the message needs, e.g. { maximum: 200 }. */
  params: Record<string, string | number>;
}

/** Generic keys problemFromIssue makes from zod's own issue codes. */
export const KNOWN_KEYS: ReadonlySet<string> = new Set([
  'required',
  'tooShort',
  'tooLong',
  'tooSmall',
  'tooBig',
  'wrongType',
  'notAnOption',
  'invalidFormat',
  'invalidId',
  'invalidClock',
  'invalidDateTime',
  'invalidDate',
  'unknownField',
  'invalid',
]);

/**
 * Keys that schemas and the registry set themselves, beyond KNOWN_KEYS. Every key here
 * and in KNOWN_KEYS needs a text in locales/<lang>/validation.json.
 */
export const CUSTOM_KEYS: readonly string[] = [
  // account forms (src/domain/account.ts)
  'invalidCode',
  'invalidSignInName',
  // sync and access (src/domain/sync-protocol.ts SYNC_REJECTION_KEYS)
  'forbidden',
  'clockAhead',
  'duplicateMutation',
  // record kinds
  'ageOrDateOfBirthRequired',
  'answerEveryQuestion',
  'chosenNotConsidered',
  'consentRequired',
  'contactRequired',
  'dateInFuture',
  'duplicateCell',
  'duplicateId',
  'duplicateItem',
  'incompatibleRoles',
  'invalidEmail',
  'invalidPhone',
  'invalidUrl',
  'minAgeAboveMax',
  'answerOrNotKnown',
  'needsSource',
  'minNotBelowMax',
  'missingCell',
  'reviewDateBeforeAgreed',
  'reviewDateBeforePublished',
  'scoreOutOfRange',
  'tooFew',
  'tooMany',
  'unknownOption',
  'unknownQuestion',
  'unknownSource',
  'withdrawnBeforeConsent',
  // registry: records and writes
  'alreadyExists',
  'appendOnlyKind',
  'caseMismatch',
  'caseScope',
  'envelopeField',
  'kindMismatch',
  'notFound',
  'recordMismatch',
  'unknownKind',
  'unsupportedVersion',
];

/** Every key a domain problem can carry. */
export const MESSAGE_KEYS: ReadonlySet<string> = new Set([...KNOWN_KEYS, ...CUSTOM_KEYS]);

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return undefined;
}

/**
 * Whether the issue is about a missing value. zod 4 only keeps `issue.input` when parsing
 * with `{ reportInput: true }` (parseOrThrow does); without it, fall back on zod's own
 * English message, which ends "received undefined" for a missing value.
 */
function isMissing(issue: z.core.$ZodIssue): boolean {
  if ('input' in issue) return issue.input === undefined || issue.input === null;
  return /received (undefined|null)$/.test(issue.message);
}

/** Values a custom issue (refine/superRefine `params`) gives its message. */
function customParams(issue: z.core.$ZodIssue): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  if (issue.code !== 'custom' || !issue.params) return params;
  for (const [k, v] of Object.entries(issue.params)) {
    if (typeof v === 'string' || typeof v === 'number') params[k] = v;
  }
  return params;
}

/** Map one zod issue to a problem. Custom messages set in schemas are keys already. */
export function problemFromIssue(issue: z.core.$ZodIssue): Problem {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const custom =
    issue.message && /^[a-z][A-Za-z]+$/.test(issue.message) ? issue.message : undefined;
  switch (issue.code) {
    case 'too_small': {
      const minimum = asNumber(issue.minimum) ?? 0;
      if (issue.origin === 'string') {
        const key = minimum <= 1 ? 'required' : 'tooShort';
        return { path, key: custom && custom !== 'tooShort' ? custom : key, params: { minimum } };
      }
      return { path, key: custom ?? 'tooSmall', params: { minimum } };
    }
    case 'too_big': {
      const maximum = asNumber(issue.maximum) ?? 0;
      return {
        path,
        key: custom ?? (issue.origin === 'string' ? 'tooLong' : 'tooBig'),
        params: { maximum },
      };
    }
    case 'invalid_type':
      // A missing value reads better as "required" than as a type error.
      return { path, key: isMissing(issue) ? 'required' : (custom ?? 'wrongType'), params: {} };
    case 'invalid_value':
      // A choice left empty is "required"; a schema's own key (e.g. consentRequired) stays.
      if ('input' in issue && issue.input === undefined && (!custom || custom === 'notAnOption')) {
        return { path, key: 'required', params: {} };
      }
      return { path, key: custom ?? 'notAnOption', params: {} };
    case 'invalid_format':
      return { path, key: custom ?? 'invalidFormat', params: { format: String(issue.format) } };
    case 'unrecognized_keys':
      return {
        path: [...path, ...issue.keys.slice(0, 1)],
        key: 'unknownField',
        params: { fields: issue.keys.join(', ') },
      };
    case 'invalid_key': {
      // A record key that breaks its pattern: report the key schema's own message.
      const inner = issue.issues[0];
      const innerKey =
        inner?.message && /^[a-z][A-Za-z]+$/.test(inner.message) ? inner.message : undefined;
      return { path, key: innerKey ?? 'invalidFormat', params: {} };
    }
    default:
      return { path, key: custom ?? 'invalid', params: customParams(issue) };
  }
}

export function problemsFrom(error: z.ZodError): Problem[] {
  return error.issues.map(problemFromIssue);
}

/** Thrown by repositories and the server when input breaks a schema. Nothing is written. */
export class ValidationError extends Error {
  constructor(
    readonly problems: Problem[],
    readonly kind?: string,
  ) {
    // The message is for developers and logs; people see the translated problems.
    super(
      `${kind ? `${kind}: ` : ''}${problems.map((p) => `${p.path.join('.') || '(record)'} ${p.key}`).join('; ')}`,
    );
    this.name = 'ValidationError';
  }
}

/**
 * Options for parsing whose errors go through problemsFrom: zod 4 drops the input from
 * issues unless asked, and without it a wrong type cannot be told from a missing value.
 */
export const PARSE_OPTIONS = { reportInput: true } as const;

/** Parse or throw a ValidationError whose problems carry message keys. */
export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown, kind?: string): T {
  const result = schema.safeParse(input, PARSE_OPTIONS);
  if (!result.success) throw new ValidationError(problemsFrom(result.error), kind);
  return result.data;
}
