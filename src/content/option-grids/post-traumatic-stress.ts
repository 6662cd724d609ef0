/**
 * Option grid: post-traumatic stress (example content; a service must review it before clinical use).
 * Sources: NICE guideline NG116 (2018), its recommendations for children and young people: active
 * monitoring for milder symptoms within a month of a trauma; trauma-focused CBT (involving parents
 * or carers where right); EMDR for 7 to 17 year olds more than 3 months after a trauma only if they
 * do not respond to or engage with trauma-focused CBT; no drug treatments to prevent or treat PTSD
 * in under-18s.
 * Written 2026-12-02. Section numbers are not given because we could not confirm them. Medicine
 * is not a column because NICE says not to offer it to under-18s; the grid says so where people
 * would look for it. "How long" is "not known" for every option: NG116 may give a number of
 * sessions for trauma-focused CBT but we could not check the figure, so we do not state one.
 * "How soon" for the therapies and "what other young people say" are "not known" too. The line
 * that strong feelings often ease in the first weeks is the reason NICE gives for active
 * monitoring, in plain words; a reviewer should check it against the guideline's rationale.
 */
import text from '../../../locales/en-GB/grid-post-traumatic-stress.json';
import { FIRST_EDITION, YOUNG_PEOPLES_QUESTIONS, bundledGrid } from './bundled-grid';

export const POST_TRAUMATIC_STRESS_GRID = bundledGrid(text, {
  id: '01a2340d-46e2-702c-9564-7450b88fec81',
  slug: 'post-traumatic-stress',
  audience: { minAge: 7, maxAge: 17, groupings: ['getting-help', 'getting-more-help'] },
  optionIds: ['active-monitoring', 'trauma-focused-cbt', 'emdr'],
  questionIds: YOUNG_PEOPLES_QUESTIONS,
  notKnown: [
    ['how-long', 'active-monitoring'],
    ['how-long', 'trauma-focused-cbt'],
    ['how-long', 'emdr'],
    ['how-soon-better', 'trauma-focused-cbt'],
    ['how-soon-better', 'emdr'],
    ['what-others-say', 'active-monitoring'],
    ['what-others-say', 'trauma-focused-cbt'],
    ['what-others-say', 'emdr'],
  ],
  cellSources: {
    'what-is-it': {
      'active-monitoring': ['nice-ng116'],
      'trauma-focused-cbt': ['nice-ng116'],
      emdr: ['nice-ng116'],
    },
    'if-it-does-not-work': {
      'active-monitoring': ['nice-ng116'],
      'trauma-focused-cbt': ['nice-ng116'],
      emdr: ['nice-ng116'],
    },
  },
  sources: [
    {
      id: 'nice-ng116',
      title: 'Post-traumatic stress disorder (NG116)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/ng116/chapter/Recommendations',
      section: 'Recommendations on managing PTSD in children and young people',
    },
  ],
  ...FIRST_EDITION,
});
