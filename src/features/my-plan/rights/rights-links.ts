/**
 * Where each RESPECT right is met in the young person's plan (domain/THRIVE.md §3: "link
 * each item to where the app fulfils it"), keyed by the heading ids of
 * src/content/respect.ts so the page and the content stay in step. The anchors are the
 * sections of the My plan home.
 */
export interface RightLink {
  to: string;
  /** Key in the `my-rights` namespace, under `links`. */
  label: string;
}

export const RIGHT_LINKS: Readonly<Record<string, readonly RightLink[]>> = {
  review: [{ to: '/my-plan#our-decisions', label: 'options' }],
  'effective-help': [
    { to: '/my-plan#our-decisions', label: 'whyThisHelp' },
    { to: '/my-plan#last-meeting', label: 'lastMeeting' },
  ],
  select: [{ to: '/my-plan#our-decisions', label: 'decided' }],
  progress: [{ to: '/my-plan#my-goals', label: 'goals' }],
  expression: [{ to: '/my-plan/notes', label: 'notes' }],
  clarity: [{ to: '/my-plan/about', label: 'about' }],
  'transition-support': [{ to: '/my-plan#whats-next', label: 'whatsNext' }],
};
