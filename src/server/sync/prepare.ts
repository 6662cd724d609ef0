/**
 * The checks a pushed mutation goes through before any database work: its shape
 * (mutationSchema), its schema version (older ones are upgraded, DESIGN.md §9 "Old
 * outboxes"), its kind (which gives its partition) and its clock (DESIGN.md §9 "Wrong
 * clocks": more than MAX_CLOCK_AHEAD_MS ahead of the server is refused, not clamped,
 * since clamping would rewrite the write's place in every field's history and the device
 * must be told its clock is wrong anyway). Each failure refuses that mutation alone.
 */
import { createHash } from 'node:crypto';
import {
  MAX_CLOCK_AHEAD_MS,
  PARSE_OPTIONS,
  SCHEMA_VERSION,
  canonicalJson,
  isTooFarAhead,
  kindDefinition,
  mutationSchema,
  problemsFrom,
  upgradeMutation,
  type Mutation,
  type Problem,
  type Rejection,
} from '../../domain';
import { partitionOf } from '../access/partitions';

export interface Prepared {
  mutation: Mutation;
  /** SHA-256 of the mutation as sent: tells a replay from a forged duplicate id. */
  hash: string;
  partition: string;
}

export type Preparation = { ok: true; item: Prepared } | { ok: false; rejection: Rejection };

export function rejectionOf(id: string, problem: Problem): Rejection {
  return { id, key: problem.key, path: problem.path, params: problem.params };
}

/** The id to report a refusal under, even for a mutation too broken to parse. */
export function rawId(raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id.slice(0, 100) : '';
}

export function mutationHash(m: Mutation): string {
  return createHash('sha256').update(canonicalJson(m)).digest('hex');
}

export function prepareMutation(raw: unknown, serverNow: number): Preparation {
  const id = rawId(raw);
  const fail = (key: string, path: Problem['path'], params: Problem['params'] = {}) =>
    ({ ok: false, rejection: { id, key, path, params } }) as const;
  const parsed = mutationSchema.safeParse(raw, PARSE_OPTIONS);
  if (!parsed.success) {
    const first = problemsFrom(parsed.error)[0];
    return first ? { ok: false, rejection: rejectionOf(id, first) } : fail('invalid', []);
  }
  const sent = parsed.data;
  if (sent.schemaVersion > SCHEMA_VERSION)
    return fail('unsupportedVersion', ['schemaVersion'], { version: sent.schemaVersion });
  let mutation: Mutation;
  try {
    mutation = upgradeMutation(sent);
  } catch {
    return fail('unsupportedVersion', ['schemaVersion'], { version: sent.schemaVersion });
  }
  const def = kindDefinition(mutation.kind);
  if (def === undefined) return fail('unknownKind', ['kind']);
  // Checked here as well as in validateMutation so that a write never even reaches the
  // partition its stray caseId (or missing one) would put it in.
  const needsCase = def.scope === 'case';
  const allowsCase = needsCase || def.scope === 'case-or-organisation';
  if ((needsCase && mutation.caseId === null) || (!allowsCase && mutation.caseId !== null))
    return fail('caseScope', ['caseId'], { scope: def.scope });
  const partition = partitionOf(mutation.kind, mutation.caseId);
  if (partition === undefined) return fail('unknownKind', ['kind']);
  if (isTooFarAhead(mutation.hlc, serverNow))
    return fail('clockAhead', ['hlc'], { maxAheadMinutes: MAX_CLOCK_AHEAD_MS / 60_000 });
  return { ok: true, item: { mutation, hash: mutationHash(sent), partition } };
}
