import type { TFunction } from 'i18next';

const KNOWN_FIELDS = new Set([
  'preferredName',
  'ageBand',
  'dateOfBirth',
  'pronouns',
  'involved',
  'nextReviewOn',
  'status',
  'understanding',
]);

/** A field's name in the person's words; fields of later screens read as "a detail". */
export function fieldLabel(field: string, t: TFunction): string {
  return t(`cases:conflicts.fields.${KNOWN_FIELDS.has(field) ? field : 'other'}`);
}
