/**
 * Every record kind in one place, and the two checks every write goes through: the
 * client's repository before it writes, the server before it accepts (DESIGN.md §2, §5).
 *
 * Validation checks, it never rewrites: both functions return the record exactly as
 * given or as merged, not zod's parsed output, so a replica that merged the same writes
 * without validating holds the same values.
 */
import type { z } from 'zod';
import type { KindDefinition, KindScope, RecordOf } from './kind';
import { recordSchemaOf } from './kind';
import { auditEventKind } from './kinds/audit-event';
import { backupTeamActionKind } from './kinds/backup-team-action';
import { caseKind } from './kinds/case';
import { caseMembershipKind } from './kinds/case-membership';
import { crisisContactListKind } from './kinds/crisis-contact-list';
import { collaborateResponseKind } from './kinds/collaborate-response';
import { currentViewKind } from './kinds/current-view';
import { directoryResourceKind } from './kinds/directory-resource';
import { goalKind } from './kinds/goal';
import { goalRatingKind } from './kinds/goal-rating';
import { groupingDecisionKind } from './kinds/grouping-decision';
import { groupingHistoryEntryKind } from './kinds/grouping-history-entry';
import { noteKind } from './kinds/note';
import { optionGridKind } from './kinds/option-grid';
import { optionGridDecisionKind } from './kinds/option-grid-decision';
import { organisationKind } from './kinds/organisation';
import { outcomeMeasureEntryKind } from './kinds/outcome-measure-entry';
import { respectItemKind } from './kinds/respect-item';
import { safetyPlanKind } from './kinds/safety-plan';
import { safetyPlanItemKind } from './kinds/safety-plan-item';
import { safetyPlanShareKind } from './kinds/safety-plan-share';
import { safetyPlanVersionKind } from './kinds/safety-plan-version';
import { sessionKind } from './kinds/session';
import { sharingSettingsKind } from './kinds/sharing-settings';
import { signpostingEventKind } from './kinds/signposting-event';
import { userKind } from './kinds/user';
import {
  applyMutation,
  mutationSchema,
  SCHEMA_VERSION,
  upgradeMutation,
  type Mutation,
} from './mutation';
import { ENVELOPE_KEYS, type AnyRecord } from './record';
import {
  PARSE_OPTIONS,
  ValidationError,
  parseOrThrow,
  problemsFrom,
  type Problem,
} from './validation';

export const KINDS = [
  organisationKind,
  userKind,
  caseKind,
  caseMembershipKind,
  sessionKind,
  respectItemKind,
  groupingDecisionKind,
  groupingHistoryEntryKind,
  currentViewKind,
  optionGridKind,
  optionGridDecisionKind,
  goalKind,
  goalRatingKind,
  outcomeMeasureEntryKind,
  collaborateResponseKind,
  safetyPlanKind,
  safetyPlanItemKind,
  backupTeamActionKind,
  safetyPlanVersionKind,
  safetyPlanShareKind,
  crisisContactListKind,
  sharingSettingsKind,
  noteKind,
  directoryResourceKind,
  signpostingEventKind,
  auditEventKind,
] as const;

type AnyKind = (typeof KINDS)[number];
export type KindName = AnyKind['kind'];

/** The stored record type of each kind, by name: `KindRecord<'goal'>`. */
export type KindRecord<N extends KindName> = RecordOf<Extract<AnyKind, { kind: N }>>;

export const KIND_NAMES: readonly KindName[] = KINDS.map((k) => k.kind);

const byName = new Map<string, KindDefinition>(
  KINDS.map((k) => [k.kind, k as unknown as KindDefinition]),
);

export function isKindName(name: unknown): name is KindName {
  return typeof name === 'string' && byName.has(name);
}

export function kindDefinition(name: string): KindDefinition | undefined {
  return byName.get(name);
}

const schemas = new Map<string, z.ZodType>();

/** The full stored-record schema of a kind (built once), or undefined for an unknown kind. */
export function recordSchema(name: string): z.ZodType | undefined {
  const cached = schemas.get(name);
  if (cached) return cached;
  const def = byName.get(name);
  if (!def) return undefined;
  const schema = recordSchemaOf(def);
  schemas.set(name, schema);
  return schema;
}

/** Append-only kinds are never updated or deleted; a correction is a new record. */
export function isAppendOnly(name: string): boolean {
  return byName.get(name)?.family === 'append-only';
}

function problem(path: Problem['path'], key: string, params: Problem['params'] = {}): Problem {
  return { path, key, params };
}

/**
 * Whether a caseId fits the kind's scope. A case record belongs to itself (caseId is its
 * own id), so per-case access and partitioning need no special case.
 */
function scopeProblem(
  scope: KindScope,
  kind: string,
  recordId: string,
  caseId: string | null,
): Problem | undefined {
  const ok =
    scope === 'case'
      ? caseId !== null && (kind !== caseKind.kind || caseId === recordId)
      : scope === 'case-or-organisation'
        ? true
        : caseId === null;
  return ok ? undefined : problem(['caseId'], 'caseScope', { scope });
}

/**
 * Check a stored record of any kind against its schema and scope. Returns the record as
 * given; throws a ValidationError (problems with message keys) when it does not fit.
 */
export function validateRecord(record: unknown): AnyRecord {
  const kind =
    typeof record === 'object' && record !== null && !Array.isArray(record)
      ? (record as { kind?: unknown }).kind
      : undefined;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new ValidationError([problem([], 'wrongType')]);
  }
  const def = typeof kind === 'string' ? byName.get(kind) : undefined;
  if (!def) throw new ValidationError([problem(['kind'], 'unknownKind')]);
  const result = recordSchema(def.kind)!.safeParse(record, PARSE_OPTIONS);
  const problems = result.success ? [] : problemsFrom(result.error);
  const { id, caseId } = record as { id?: unknown; caseId?: unknown };
  if (typeof id === 'string' && (typeof caseId === 'string' || caseId === null)) {
    const scope = scopeProblem(def.scope, def.kind, id, caseId);
    if (scope && !problems.some((p) => p.path.length === 1 && p.path[0] === 'caseId'))
      problems.push(scope);
  }
  if (problems.length > 0) throw new ValidationError(problems, def.kind);
  return record as AnyRecord;
}

/** Fields a mutation may not set: the envelope, and the tombstone (use op "delete"). */
const RESERVED_FIELDS = new Set<string>([...ENVELOPE_KEYS, 'deleted']);

function refuse(
  key: string,
  path: Problem['path'],
  kind?: string,
  params: Problem['params'] = {},
): never {
  throw new ValidationError([problem(path, key, params)], kind);
}

/**
 * Check one write against the record it changes (`current`, undefined when there is
 * none) and return the record after it. Throws a ValidationError, and returns nothing,
 * when the write is refused:
 *
 * - the mutation is malformed (its own problems), or from a schema version this code
 *   cannot read (`unsupportedVersion`); an older version is upgraded first;
 * - the kind is unknown (`unknownKind`);
 * - it updates or deletes an append-only record (`appendOnlyKind`);
 * - it creates a record that exists (`alreadyExists`) or changes one that does not
 *   (`notFound`); replays of the same mutation id must be filtered out before this;
 * - it names another record, kind or case than `current` (`recordMismatch`,
 *   `kindMismatch`, `caseMismatch`);
 * - its caseId does not fit the kind's scope (`caseScope`);
 * - it sets an envelope field or `deleted` (`envelopeField`);
 * - the resulting record breaks the kind's schema (the schema's problems).
 */
export function validateMutation(current: AnyRecord | undefined, m: Mutation): AnyRecord {
  const parsed = parseOrThrow(mutationSchema, m, 'mutation');
  if (parsed.schemaVersion > SCHEMA_VERSION) {
    refuse('unsupportedVersion', ['schemaVersion'], parsed.kind, { version: parsed.schemaVersion });
  }
  let mutation: Mutation;
  try {
    mutation = upgradeMutation(parsed);
  } catch {
    refuse('unsupportedVersion', ['schemaVersion'], parsed.kind, { version: parsed.schemaVersion });
  }
  const def = byName.get(mutation.kind);
  if (!def) refuse('unknownKind', ['kind']);
  if (def.family === 'append-only' && mutation.op !== 'create')
    refuse('appendOnlyKind', ['op'], def.kind);
  if (mutation.op === 'create' && current) refuse('alreadyExists', ['recordId'], def.kind);
  if (mutation.op !== 'create' && !current) refuse('notFound', ['recordId'], def.kind);
  if (current) {
    if (current.id !== mutation.recordId) refuse('recordMismatch', ['recordId'], def.kind);
    if (current.kind !== mutation.kind) refuse('kindMismatch', ['kind'], def.kind);
    if (current.caseId !== mutation.caseId) refuse('caseMismatch', ['caseId'], def.kind);
  }
  const scope = scopeProblem(def.scope, def.kind, mutation.recordId, mutation.caseId);
  if (scope) throw new ValidationError([scope], def.kind);
  for (const field of Object.keys(mutation.set)) {
    if (RESERVED_FIELDS.has(field)) refuse('envelopeField', ['set', field], def.kind);
  }
  for (const field of mutation.unset ?? []) {
    if (RESERVED_FIELDS.has(field)) refuse('envelopeField', ['unset', field], def.kind);
  }
  return validateRecord(applyMutation(current, mutation));
}
