/**
 * The crisis-lines editor's form (issue #7 item 2): what the admin types, how it becomes a
 * `crisis-contact-list` record's data, and the check that says what to fix.
 *
 * Design choices:
 * - The form holds text as typed (a text number and its words are two boxes; "kind" may
 *   be left unset); `listDataFrom` trims it and leaves out what was left empty, so the
 *   record holds exactly what the kind's schema describes, nothing more.
 * - Validation is the kind's own schema (`crisisContactListKind.data`), plus this form's
 *   one extra rule: the review date must be after today, since a list saved already due
 *   for review would be flagged as soon as it is saved. Every problem is kept, each at the
 *   field it is about (`contacts.2.call`), not only the first per list as the shared
 *   domain resolver does: a list of up to 20 lines can have several problems at once, and
 *   NHS.UK asks for all of them in the summary. The errors keep the domain resolver's
 *   shape (the message is the validation key, params in `types`), so `problemParams` reads them.
 * - A new line gets an id (`line-1`, `line-2`, ...) when it is added; bundled lines keep
 *   theirs (`childline`), so the same line keeps its id across edits.
 */
import { set, type FieldError, type FieldErrors, type Resolver } from 'react-hook-form';
import {
  CRISIS_CONTACT_WHEN,
  PARSE_OPTIONS,
  crisisContactListKind,
  problemsFrom,
  type CrisisContactListData,
  type CrisisContactWhen,
  type Problem,
} from '../../../domain';

/** One crisis line as the admin types it. */
export interface LineValues {
  id: string;
  name: string;
  description: string;
  call: string;
  textNumber: string;
  textBody: string;
  hours: string;
  when: CrisisContactWhen | '';
}

export interface SourceValues {
  title: string;
  url: string;
}

export interface CrisisListFormValues {
  contacts: LineValues[];
  sources: SourceValues[];
  reviewBy: string;
  exampleContent: boolean;
}

/** The fields of a line, in the order the editor shows them. */
export const LINE_FIELDS = [
  'name',
  'description',
  'call',
  'textNumber',
  'textBody',
  'hours',
  'when',
] as const;
export type LineField = (typeof LINE_FIELDS)[number];

export const SOURCE_FIELDS = ['title', 'url'] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

export { CRISIS_CONTACT_WHEN };

/** The form, filled from a list (the organisation's, or the bundled one). */
export function formValuesFrom(list: CrisisContactListData): CrisisListFormValues {
  return {
    contacts: list.contacts.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      call: c.call ?? '',
      textNumber: c.text?.number ?? '',
      textBody: c.text?.body ?? '',
      hours: c.hours,
      when: c.when ?? '',
    })),
    sources: list.sources.map((s) => ({ title: s.title, url: s.url ?? '' })),
    reviewBy: list.reviewBy,
    exampleContent: list.exampleContent,
  };
}

/** An id for a new line that no line in the list has yet. */
export function nextLineId(lines: readonly { id: string }[]): string {
  const taken = new Set(lines.map((l) => l.id));
  let n = 1;
  while (taken.has(`line-${n}`)) n += 1;
  return `line-${n}`;
}

export function emptyLine(id: string): LineValues {
  return {
    id,
    name: '',
    description: '',
    call: '',
    textNumber: '',
    textBody: '',
    hours: '',
    when: '',
  };
}

export function emptySource(): SourceValues {
  return { title: '', url: '' };
}

/**
 * The record's data from what was typed: text trimmed, empty optional fields left out.
 * Words to text without a number to text keep the number (empty) so the check asks for it
 * rather than dropping the words.
 */
export function listDataFrom(values: CrisisListFormValues): Record<string, unknown> {
  return {
    contacts: values.contacts.map((line) => {
      const call = line.call.trim();
      const number = line.textNumber.trim();
      const body = line.textBody.trim();
      return {
        id: line.id,
        name: line.name.trim(),
        description: line.description.trim(),
        ...(call ? { call } : {}),
        ...(number || body ? { text: { number, ...(body ? { body } : {}) } } : {}),
        hours: line.hours.trim(),
        ...(line.when ? { when: line.when } : {}),
      };
    }),
    reviewBy: values.reviewBy.trim(),
    sources: values.sources.map((s) => {
      const url = s.url.trim();
      return { title: s.title.trim(), ...(url ? { url } : {}) };
    }),
    exampleContent: values.exampleContent,
  };
}

/** The form field a problem in the record's data is about, as a dotted path. */
export function formPathOf(path: readonly (string | number)[]): string {
  const [list, index, field, inner] = path;
  if (list === 'contacts' && typeof index === 'number') {
    if (field === 'text')
      return `contacts.${index}.${inner === 'body' ? 'textBody' : 'textNumber'}`;
    // A repeated id can only come from a changed record; the name is what tells lines apart.
    if (field === undefined || field === 'id') return `contacts.${index}.name`;
    return `contacts.${index}.${String(field)}`;
  }
  if (list === 'sources' && typeof index === 'number') {
    return `sources.${index}.${field === 'url' ? 'url' : 'title'}`;
  }
  if (list === 'contacts' || list === 'sources') return `${list}.root`;
  return typeof list === 'string' ? list : 'root';
}

/** The form's rule for the review date: a real date after today. */
export function reviewDateProblem(reviewBy: string, today: string): Problem | undefined {
  const value = reviewBy.trim();
  if (value === '') return { path: ['reviewBy'], key: 'required', params: {} };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined; // the schema says invalidDate
  return value <= today ? { path: ['reviewBy'], key: 'notFuture', params: {} } : undefined;
}

export type CheckResult =
  { ok: true; data: CrisisContactListData } | { ok: false; problems: Problem[] };

/** The kind's schema and the review-date rule, every problem kept. */
export function checkCrisisList(values: CrisisListFormValues, today: string): CheckResult {
  const result = crisisContactListKind.data.safeParse(listDataFrom(values), PARSE_OPTIONS);
  let problems = result.success ? [] : problemsFrom(result.error);
  // "Enter the date" reads better than "Enter a real date" for an empty box.
  const review = reviewDateProblem(values.reviewBy, today);
  if (review) problems = [...problems.filter((p) => p.path[0] !== 'reviewBy'), review];
  if (problems.length > 0 || !result.success) return { ok: false, problems };
  // The data as typed and trimmed (the schema checks it; it never rewrites it).
  return { ok: true, data: listDataFrom(values) as CrisisContactListData };
}

/**
 * A react-hook-form resolver for the editor: each problem at its own field, the first
 * one per field (as NHS.UK shows one message per field).
 */
export function crisisListResolver(today: () => string): Resolver<CrisisListFormValues> {
  return (values) => {
    const result = checkCrisisList(values, today());
    if (result.ok) return { values, errors: {} };
    const errors: FieldErrors<CrisisListFormValues> = {};
    const seen = new Set<string>();
    for (const problem of result.problems) {
      const field = formPathOf(problem.path);
      if (seen.has(field)) continue;
      seen.add(field);
      const error: FieldError = {
        type: problem.key,
        message: problem.key,
        types: { [problem.key]: JSON.stringify(problem.params) },
      };
      set(errors, field, error);
    }
    return { values: {}, errors };
  };
}
