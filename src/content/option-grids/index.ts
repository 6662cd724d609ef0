/**
 * The option grids shipped with the app (issue #5 item 2): example content written from
 * NICE guidance, which a service must review before clinical use. Each grid's words are
 * in `locales/<language>/grid-<slug>.json`; each file here names its sources.
 */
import type { GridVersion } from '../../domain';
import { ADHD_GRID } from './adhd';
import type { BundledGrid } from './bundled-grid';
import { GETTING_ADVICE_GRID } from './getting-advice';
import { LOW_MOOD_GRID } from './low-mood';
import { OCD_GRID } from './ocd';
import { POST_TRAUMATIC_STRESS_GRID } from './post-traumatic-stress';
import { SELF_HARM_GRID } from './self-harm';
import { SOCIAL_ANXIETY_GRID } from './social-anxiety';
import { WORRY_AND_PANIC_GRID } from './worry-and-panic';

export { gridNamespace, type BundledGrid, type GridText } from './bundled-grid';

export const GRIDS: readonly BundledGrid[] = [
  GETTING_ADVICE_GRID,
  LOW_MOOD_GRID,
  SOCIAL_ANXIETY_GRID,
  WORRY_AND_PANIC_GRID,
  POST_TRAUMATIC_STRESS_GRID,
  OCD_GRID,
  ADHD_GRID,
  SELF_HARM_GRID,
];

/** Every bundled grid as a catalogue version. */
export const BUNDLED_GRIDS: readonly GridVersion[] = GRIDS.map((g) => ({
  id: g.id,
  data: g.data,
  bundled: true,
}));
