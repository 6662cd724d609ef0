/**
 * The filters on the suggestions (issue #9 item 3), with no location: free only, the
 * young person can contact it themselves, and ways to reach it. Ways combine with "or"
 * (by phone or online), the rest with "and"; nothing ticked shows everything.
 */
import type { EntryView } from './entry-view';

export interface SuggestionFilters {
  free: boolean;
  selfReferral: boolean;
  phone: boolean;
  online: boolean;
  walkIn: boolean;
}

export const NO_FILTERS: SuggestionFilters = {
  free: false,
  selfReferral: false,
  phone: false,
  online: false,
  walkIn: false,
};

export function passesFilters(view: EntryView, filters: SuggestionFilters): boolean {
  if (filters.free && view.cost !== 'free') return false;
  if (filters.selfReferral && view.selfReferral !== true) return false;
  const ways = filters.phone || filters.online || filters.walkIn;
  if (!ways) return true;
  return (
    (filters.phone && view.phone !== undefined) ||
    (filters.online && (view.url !== undefined || view.email !== undefined)) ||
    (filters.walkIn && view.walkIn)
  );
}
