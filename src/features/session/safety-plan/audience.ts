/**
 * Who is holding the tablet: the practitioner in the session part, or the young person in
 * hand-over mode. The same editor serves both, with different words and without the
 * practitioner-only parts (who added an item, the note about example wording).
 */
export type Audience = 'practitioner' | 'young-person';
