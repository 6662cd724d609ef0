/**
 * The ids of My plan's sections, which other pages link to (`/my-plan#my-goals`, e.g.
 * from "My rights"). A person with one plan gets these exact ids; a carer with a second
 * child's plan gets them with the case id after, so ids stay unique on the page.
 */
export const HOME_SECTIONS = [
  'next-meeting',
  'my-goals',
  'last-meeting',
  'our-decisions',
  'whats-next',
  'next-time',
] as const;
export type HomeSection = (typeof HOME_SECTIONS)[number];

export function sectionId(section: HomeSection, caseId: string, first: boolean): string {
  return first ? section : `${section}-${caseId}`;
}
