/**
 * The safety plan's forms in a session (issue #7 items 1 and 4): what each form holds, how
 * it is checked, and how a checked form becomes record data.
 *
 * Design choices:
 * - Every check is the domain's own field rule (fields.ts `text`, `phoneNumber`,
 *   `calendarDate`), so the messages are the validation namespace's keys and a form never
 *   lets through what the record schema would refuse; a form's own wording for a key
 *   lives in the `safety-plan` namespace under `errors.<field>.<key>`.
 * - Form values are all strings (what inputs hold), so a draft can be kept and put back
 *   exactly as typed; optional fields are '' in the form and absent in the record.
 * - Phone numbers only for the sections that list people and services to contact.
 * - Agreeing asks who was there (at least one role, with optional names), a date that
 *   is not in the future and a review date on or after it, as the header schema does.
 * - Sharing needs the young person's consent, or the practitioner's decision with a
 *   reason written down (safeguarding, or the young person not able to decide).
 */
import { z } from 'zod';
import {
  CONSENT_GIVERS,
  CONTRIBUTOR_ROLES,
  NAME_MAX,
  SHARE_RELATIONSHIPS,
  SHORT_TEXT_MAX,
  calendarDate,
  phoneNumber,
  text,
  type SafetyPlanSection,
} from '../../../domain';

/** Sections whose items are people or services to contact, so they can have a number. */
export const SECTIONS_WITH_PHONE: readonly SafetyPlanSection[] = ['people-to-ask', 'professionals'];
export const hasPhone = (section: SafetyPlanSection): boolean =>
  SECTIONS_WITH_PHONE.includes(section);

const optionalPhone = z.union([z.literal(''), phoneNumber], { message: 'invalidPhone' });
const optionalName = z.string().trim().max(NAME_MAX, { message: 'tooLong' });
const role = z.enum(CONTRIBUTOR_ROLES, { message: 'notAnOption' });

const trimmed = (value: string): string | undefined => {
  const t = value.trim();
  return t === '' ? undefined : t;
};

/** The order for a record added after `orders` (the list's orders): max + 1. */
export function nextOrder(orders: readonly number[]): number {
  return orders.length === 0 ? 1 : Math.floor(Math.max(...orders)) + 1;
}

// ---- An item in a section ----

export interface ItemFormValues {
  text: string;
  phone: string;
  addedByRole: string;
}
export const ITEM_FIELDS = ['text', 'phone', 'addedByRole'] as const;

export const itemFormSchema = z.strictObject({
  text: text(SHORT_TEXT_MAX),
  phone: optionalPhone,
  addedByRole: role,
}) as unknown as z.ZodType<ItemFormValues>;

export function emptyItemForm(addedByRole = ''): ItemFormValues {
  return { text: '', phone: '', addedByRole };
}

export function itemDataFrom(
  values: ItemFormValues,
  planId: string,
  section: SafetyPlanSection,
  order: number,
): Record<string, unknown> {
  const phone = hasPhone(section) ? trimmed(values.phone) : undefined;
  return {
    planId,
    section,
    text: values.text.trim(),
    ...(phone ? { phone } : {}),
    order,
    addedByRole: values.addedByRole,
  };
}

/** Editing an item keeps who added it: only its words and number change. */
export interface EditItemFormValues {
  text: string;
  phone: string;
}
export const EDIT_ITEM_FIELDS = ['text', 'phone'] as const;
export const editItemFormSchema = z.strictObject({
  text: text(SHORT_TEXT_MAX),
  phone: optionalPhone,
}) as unknown as z.ZodType<EditItemFormValues>;

// ---- A backup team action ----

export interface ActionFormValues {
  who: string;
  role: string;
  action: string;
  appliesWhen: string;
  phone: string;
}
export const ACTION_FIELDS = ['who', 'role', 'action', 'appliesWhen', 'phone'] as const;

export const actionFormSchema = z.strictObject({
  who: text(NAME_MAX),
  role: text(NAME_MAX),
  action: text(SHORT_TEXT_MAX),
  appliesWhen: text(SHORT_TEXT_MAX),
  phone: optionalPhone,
}) as unknown as z.ZodType<ActionFormValues>;

export function emptyActionForm(): ActionFormValues {
  return { who: '', role: '', action: '', appliesWhen: '', phone: '' };
}

export function actionDataFrom(
  values: ActionFormValues,
  planId: string,
  order: number,
): Record<string, unknown> {
  const phone = trimmed(values.phone);
  return {
    planId,
    who: values.who.trim(),
    role: values.role.trim(),
    action: values.action.trim(),
    appliesWhen: values.appliesWhen.trim(),
    ...(phone ? { phone } : {}),
    order,
  };
}

// ---- The coordinator ----

export interface CoordinatorFormValues {
  coordinatorName: string;
  coordinatorContact: string;
}
export const COORDINATOR_FIELDS = ['coordinatorName', 'coordinatorContact'] as const;
export const coordinatorFormSchema = z.strictObject({
  coordinatorName: optionalName,
  coordinatorContact: z.string().trim().max(SHORT_TEXT_MAX, { message: 'tooLong' }),
}) as unknown as z.ZodType<CoordinatorFormValues>;

/** The header's change: an emptied field is removed, not stored as ''. */
export function coordinatorChanges(values: CoordinatorFormValues): Record<string, unknown> {
  return {
    coordinatorName: trimmed(values.coordinatorName),
    coordinatorContact: trimmed(values.coordinatorContact),
  };
}

// ---- Agreeing the plan ----

export interface AgreeFormValues {
  agreedOn: string;
  reviewBy: string;
  present: string[];
  youngPersonName: string;
  carerName: string;
  practitionerName: string;
}
export const AGREE_FIELDS = [
  'agreedOn',
  'reviewBy',
  'present',
  'youngPersonName',
  'carerName',
  'practitionerName',
] as const;

/** The name field for each role who can be there. */
export const NAME_FIELD_FOR_ROLE = {
  'young-person': 'youngPersonName',
  carer: 'carerName',
  practitioner: 'practitionerName',
} as const satisfies Record<(typeof CONTRIBUTOR_ROLES)[number], keyof AgreeFormValues>;

export function agreeFormSchema(today: string) {
  return z
    .strictObject({
      agreedOn: calendarDate.refine((d) => d <= today, { message: 'dateInFuture' }),
      reviewBy: z.string().min(1, { message: 'required' }).pipe(calendarDate),
      // react-hook-form gives `false` for a group with nothing ticked.
      present: z.preprocess(
        (v) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []),
        z.array(role).min(1, { message: 'tooFew' }),
      ),
      youngPersonName: optionalName,
      carerName: optionalName,
      practitionerName: optionalName,
    })
    .refine((v) => v.reviewBy >= v.agreedOn, {
      message: 'reviewDateBeforeAgreed',
      path: ['reviewBy'],
      when: (payload) => {
        const v = payload.value as Partial<Record<string, unknown>>;
        return (
          calendarDate.safeParse(v['agreedOn']).success &&
          calendarDate.safeParse(v['reviewBy']).success
        );
      },
    });
}

export function emptyAgreeForm(today: string): AgreeFormValues {
  return {
    agreedOn: today,
    reviewBy: '',
    present: [],
    youngPersonName: '',
    carerName: '',
    practitionerName: '',
  };
}

/** Who was there, in the order of the roles, each with a name if one was written. */
export function presentFrom(
  values: AgreeFormValues,
): { role: (typeof CONTRIBUTOR_ROLES)[number]; name?: string }[] {
  const ticked = Array.isArray(values.present) ? values.present : [];
  return CONTRIBUTOR_ROLES.filter((r) => ticked.includes(r)).map((r) => {
    const name = trimmed(values[NAME_FIELD_FOR_ROLE[r]]);
    return name ? { role: r, name } : { role: r };
  });
}

// ---- Sharing with consent ----

export interface ShareFormValues {
  personName: string;
  relationship: string;
  consentGivenBy: string;
  reason: string;
  consentOn: string;
}
export const SHARE_FIELDS = [
  'personName',
  'relationship',
  'consentGivenBy',
  'reason',
  'consentOn',
] as const;

export function shareFormSchema(today: string) {
  return z
    .strictObject({
      personName: text(NAME_MAX),
      relationship: z.enum(SHARE_RELATIONSHIPS, { message: 'notAnOption' }),
      consentGivenBy: z.enum(CONSENT_GIVERS, { message: 'notAnOption' }),
      reason: z.string().trim().max(SHORT_TEXT_MAX, { message: 'tooLong' }),
      consentOn: calendarDate.refine((d) => d <= today, { message: 'dateInFuture' }),
    })
    .refine((v) => v.consentGivenBy !== 'practitioner' || v.reason.trim() !== '', {
      message: 'required',
      path: ['reason'],
      when: (payload) =>
        (payload.value as { consentGivenBy?: unknown }).consentGivenBy === 'practitioner',
    });
}

export function emptyShareForm(today: string): ShareFormValues {
  return { personName: '', relationship: '', consentGivenBy: '', reason: '', consentOn: today };
}

export function shareDataFrom(values: ShareFormValues, planId: string): Record<string, unknown> {
  const reason = values.consentGivenBy === 'practitioner' ? trimmed(values.reason) : undefined;
  return {
    planId,
    personName: values.personName.trim(),
    relationship: values.relationship,
    consentGivenBy: values.consentGivenBy,
    ...(reason ? { reason } : {}),
    consentOn: values.consentOn,
  };
}
