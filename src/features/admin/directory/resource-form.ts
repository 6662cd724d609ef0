/**
 * The directory editor's form (issue #9, "no wrong door"): what the admin types, how it
 * becomes a `directory-resource` record's data and back, and the check that says what to fix.
 *
 * Design choices:
 * - The form is flat (phone, web address, youngest age ... each one box), so every
 *   problem sits at one input and the shared `useWordedProblems` can word it; the
 *   record's nested `contact` and `ageRange` are made here.
 * - Validation is the kind's own schema plus the review-date rule the crisis-lines editor
 *   uses (a date after today: a resource saved already due for review would be flagged at
 *   once). The errors keep the domain resolver's shape (message = validation key, params
 *   in `types`), so the shared words and params apply.
 * - "Can people refer themselves?" and "Can people walk in?" are yes / no / not said: an
 *   unanswered question is left out of the record rather than saved as "no".
 * - `resourceChanges` names every optional field, with `undefined` for one left empty, so
 *   an update clears what the admin removed (as the service settings do for the ODS code).
 *   Status is not a form field: retiring and bringing back are their own actions.
 */
import { set, type FieldError, type FieldErrors, type Resolver } from 'react-hook-form';
import {
  PARSE_OPTIONS,
  RESOURCE_COSTS,
  directoryResourceKind,
  problemsFrom,
  type DirectoryResourceData,
  type Grouping,
  type Problem,
} from '../../../domain';
import { reviewDateProblem } from '../crisis-contacts/crisis-list-form';

export type YesNo = 'yes' | 'no' | '';
export type ResourceCost = (typeof RESOURCE_COSTS)[number];

export interface ResourceFormValues {
  name: string;
  description: string;
  groupings: Grouping[];
  topics: string[];
  offers: string[];
  minAge: string;
  maxAge: string;
  phone: string;
  url: string;
  email: string;
  address: string;
  walkIn: YesNo;
  selfReferral: YesNo;
  howToRefer: string;
  openingHours: string;
  cost: ResourceCost | '';
  /** Comma-separated, as typed: "English, Welsh, BSL". */
  languages: string;
  reviewBy: string;
  exampleContent: boolean;
}

/** The form's fields in page order: the error summary follows it. */
export const RESOURCE_FIELDS = [
  'name',
  'description',
  'groupings',
  'topics',
  'offers',
  'minAge',
  'maxAge',
  'phone',
  'url',
  'email',
  'address',
  'walkIn',
  'selfReferral',
  'howToRefer',
  'openingHours',
  'cost',
  'languages',
  'reviewBy',
  'exampleContent',
] as const satisfies readonly (keyof ResourceFormValues)[];
export type ResourceField = (typeof RESOURCE_FIELDS)[number];

export const RESOURCE_ID_PREFIX = 'directory-resource';
export const resourceFieldId = (field: ResourceField): string => `${RESOURCE_ID_PREFIX}-${field}`;

export { RESOURCE_COSTS };

export function emptyResourceForm(): ResourceFormValues {
  return {
    name: '',
    description: '',
    groupings: [],
    topics: [],
    offers: [],
    minAge: '',
    maxAge: '',
    phone: '',
    url: '',
    email: '',
    address: '',
    walkIn: '',
    selfReferral: '',
    howToRefer: '',
    openingHours: '',
    cost: '',
    languages: '',
    reviewBy: '',
    exampleContent: false,
  };
}

const yesNo = (value: boolean | undefined): YesNo =>
  value === undefined ? '' : value ? 'yes' : 'no';
const fromYesNo = (value: YesNo): boolean | undefined =>
  value === '' ? undefined : value === 'yes';

/** The form, filled from a saved resource. */
export function resourceFormFrom(data: DirectoryResourceData): ResourceFormValues {
  return {
    name: data.name,
    description: data.description,
    groupings: [...data.groupings],
    topics: [...data.topics],
    offers: [...(data.offers ?? [])],
    minAge: String(data.ageRange.minAge),
    maxAge: String(data.ageRange.maxAge),
    phone: data.contact.phone ?? '',
    url: data.contact.url ?? '',
    email: data.contact.email ?? '',
    address: data.contact.address ?? '',
    walkIn: yesNo(data.walkIn),
    selfReferral: yesNo(data.selfReferral),
    howToRefer: data.howToRefer ?? '',
    openingHours: data.openingHours ?? '',
    cost: data.cost,
    languages: (data.languages ?? []).join(', '),
    reviewBy: data.reviewBy,
    exampleContent: data.exampleContent,
  };
}

/** A whole number as typed, or the text itself so the schema says it is not one. */
function age(value: string): unknown {
  const v = value.trim();
  if (v === '') return undefined;
  return /^\d+$/.test(v) ? Number(v) : v;
}

const filled = (value: string): string | undefined => value.trim() || undefined;

/**
 * Every field of the record from what was typed: text trimmed, and `undefined` for an
 * optional field left empty (so an update clears it).
 */
export function resourceChanges(values: ResourceFormValues): Record<string, unknown> {
  const languages = values.languages
    .split(/[,\n]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    groupings: values.groupings,
    topics: values.topics,
    offers: values.offers,
    ageRange: { minAge: age(values.minAge), maxAge: age(values.maxAge) },
    contact: Object.fromEntries(
      Object.entries({
        phone: filled(values.phone),
        url: filled(values.url),
        email: filled(values.email),
        address: filled(values.address),
      }).filter(([, v]) => v !== undefined),
    ),
    walkIn: fromYesNo(values.walkIn),
    selfReferral: fromYesNo(values.selfReferral),
    howToRefer: filled(values.howToRefer),
    openingHours: filled(values.openingHours),
    cost: values.cost === '' ? undefined : values.cost,
    languages: languages.length > 0 ? languages : undefined,
    reviewBy: values.reviewBy.trim(),
    exampleContent: values.exampleContent,
  };
}

/** The record's data: the changes without the fields left empty (for a new record). */
export function resourceData(values: ResourceFormValues): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(resourceChanges(values)).filter(([, v]) => v !== undefined),
  );
}

/** The form field a problem in the record's data is about. */
export function resourceFieldOf(path: readonly PropertyKey[]): ResourceField {
  const [first, second] = path;
  if (first === 'contact') {
    // "At least one way to get in touch" is about the contact as a whole: the first box.
    if (second === 'url' || second === 'email' || second === 'address') return second;
    return 'phone';
  }
  if (first === 'ageRange') return second === 'maxAge' ? 'maxAge' : 'minAge';
  if (typeof first === 'string' && (RESOURCE_FIELDS as readonly string[]).includes(first))
    return first as ResourceField;
  return 'name';
}

export type ResourceCheck =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; problems: { field: ResourceField; problem: Problem }[] };

/** The kind's schema and the review-date rule, each problem at its field. */
export function checkResource(values: ResourceFormValues, today: string): ResourceCheck {
  const data = resourceData(values);
  // Status is kept by the record (retired stays retired); the schema checks the rest.
  const result = directoryResourceKind.data.safeParse(data, PARSE_OPTIONS);
  let problems = result.success ? [] : problemsFrom(result.error);
  const review = reviewDateProblem(values.reviewBy, today);
  if (review) problems = [...problems.filter((p) => p.path[0] !== 'reviewBy'), review];
  if (problems.length === 0) return { ok: true, data };
  return {
    ok: false,
    problems: problems.map((p) => ({ field: resourceFieldOf(p.path), problem: p })),
  };
}

/** A react-hook-form resolver: the first problem per field, in the domain resolver's shape. */
export function resourceResolver(today: () => string): Resolver<ResourceFormValues> {
  return (values) => {
    const result = checkResource(values, today());
    if (result.ok) return { values, errors: {} };
    const errors: FieldErrors<ResourceFormValues> = {};
    for (const { field, problem } of result.problems) {
      if (errors[field]) continue;
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
