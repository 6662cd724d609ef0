/**
 * Where in the app each area of work is done (the domain's APP_AREAS): the RESPECT
 * agenda's "where this is fulfilled" and the best-practice checklist's `whereTo` both
 * name an area, and screens turn it into a link here, in one place.
 *
 * Design choices:
 * - Most of today's areas are parts of a session. `/practitioner/cases/:caseId/session`
 *   opens the case's session in progress (or starts one), and `?part=` opens one part of
 *   it: `respect`, `current-view`, `grouping`, `options` or `summary`.
 *   - grouping → the grouping agreement; sessions → the session itself;
 *   - young-person-views → RESPECT, where the young person's own words are written;
 *   - ending-plan → the session summary, which holds the ending or transition plan;
 *   - formulation → the Current View, the nearest the app has yet to "how those
 *     supporting me understand the difficulties";
 *   - decisions → comparing options with an option grid; goals → the goals part.
 * - access-record (who has seen my information) and signposting are built by later
 *   issues: `undefined` until then, and the screen says
 *   where it will be instead of showing a link that goes nowhere. When one is built, its
 *   path goes here and every screen that names the area links to it.
 * - Case ids are made by the app (UUIDv7) but are encoded anyway, so a path is always a
 *   path.
 */
import type { AppArea } from '../domain';

type SessionPart =
  'respect' | 'current-view' | 'grouping' | 'options' | 'goals' | 'safety-plan' | 'summary';

const SESSION: Partial<Record<AppArea, SessionPart | null>> = {
  grouping: 'grouping',
  sessions: null,
  'young-person-views': 'respect',
  'ending-plan': 'summary',
  formulation: 'current-view',
  decisions: 'options',
  goals: 'goals',
};

/** The session of a case: its in-progress session, or a new one. */
export function sessionPath(caseId: string, part?: SessionPart): string {
  const base = `/practitioner/cases/${encodeURIComponent(caseId)}/session`;
  return part ? `${base}?part=${part}` : base;
}

/** Where `area` is done for a case, or `undefined` while that part is not built yet. */
export function appAreaPath(area: AppArea, caseId: string): string | undefined {
  const part = SESSION[area];
  if (part === undefined) return undefined;
  return sessionPath(caseId, part ?? undefined);
}
