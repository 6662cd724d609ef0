/**
 * How a record kind is declared: its data fields (a zod object), its family (editable,
 * merged field by field; or append-only, never edited) and its scope (belongs to a case,
 * to the organisation, or to nobody: anonymous).
 */
import { z } from 'zod';
import { ENVELOPE_KEYS, envelopeShape } from './record';

const RESERVED_FIELDS = new Set<string>([...ENVELOPE_KEYS, 'deleted']);

export type KindFamily = 'editable' | 'append-only';

/**
 * - `case`: caseId is the case it belongs to (never null);
 * - `organisation`: organisation content and accounts, caseId is null;
 * - `anonymous`: belongs to nobody (e.g. signposting counts), caseId is null;
 * - `case-or-organisation`: about a case when caseId is set, about the organisation when
 *   it is null (audit events: "who opened my plan" and "who signed in").
 */
export type KindScope = 'case' | 'organisation' | 'anonymous' | 'case-or-organisation';

export interface KindDefinition<
  K extends string = string,
  D extends z.ZodRawShape = z.ZodRawShape,
> {
  kind: K;
  family: KindFamily;
  scope: KindScope;
  /**
   * The record's own fields (beside the envelope). Strict: unknown fields are refused.
   * Refinements on it (cross-field rules) apply to the stored record too.
   */
  data: z.ZodObject<D>;
  /** A sentence for developers: what the record is for. */
  description: string;
}

export function defineKind<K extends string, D extends z.ZodRawShape>(
  def: KindDefinition<K, D>,
): KindDefinition<K, D> {
  // A data field named like an envelope field would be shadowed by it: a developer error.
  const clash = Object.keys(def.data.shape).filter((f) => RESERVED_FIELDS.has(f));
  if (clash.length > 0)
    throw new Error(`Kind ${def.kind} redefines envelope field(s): ${clash.join(', ')}`);
  return def;
}

/**
 * The full stored record schema of a kind: envelope + kind literal + data fields.
 *
 * The data schema's own checks (its refinements, e.g. "age or date of birth") are carried
 * over: spreading `data.shape` alone would silently drop them. The data fields sit at
 * the top level of the record, so refinement paths match.
 */
export function recordSchemaOf<K extends string, D extends z.ZodRawShape>(
  def: KindDefinition<K, D>,
) {
  const schema = z.strictObject({ ...def.data.shape, ...envelopeShape, kind: z.literal(def.kind) });
  const checks = (def.data._zod.def.checks ?? []) as z.core.$ZodCheck<z.output<typeof schema>>[];
  return checks.length > 0 ? schema.check(...checks) : schema;
}

export type RecordOf<T> =
  T extends KindDefinition<infer K, infer D>
    ? z.infer<ReturnType<typeof recordSchemaOf<K, D>>>
    : never;
export type DataOf<T> = T extends KindDefinition<string, infer D> ? z.infer<z.ZodObject<D>> : never;
