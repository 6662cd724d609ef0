/**
 * Option grid: social anxiety (example content; a service must review it before clinical use).
 * Sources: NICE guideline CG159 (2013), section 1.5 (individual or group CBT focused on social
 * anxiety, involving parents or carers, especially for younger children; adult therapies may be
 * considered from age 15) and section 1.6 (medicine not routinely offered to children and young
 * people), and NICE's information for the public on CG159 (8 to 12 meetings: about 90 minutes in a
 * group, about 45 minutes one-to-one).
 * Written 2026-12-02. NICE recommends treatment for social anxiety disorder and does not describe
 * watchful waiting, so "not starting treatment for now" is shown as the young person's own choice
 * and says plainly that NICE does not say whether it gets better on its own. Medicine is not a
 * column because NICE says it should not routinely be offered to under-18s; the grid says so where
 * people would look for it. Left out: parent-led CBT for young children (this grid is worded for
 * 11 to 17) and the adult therapies' details. "How soon" and "what other young people say" are
 * "not known": the guidance does not give them.
 */
import text from '../../../locales/en-GB/grid-social-anxiety.json';
import { FIRST_EDITION, YOUNG_PEOPLES_QUESTIONS, bundledGrid } from './bundled-grid';

export const SOCIAL_ANXIETY_GRID = bundledGrid(text, {
  id: '01a2340d-8430-7cca-8edf-0deab7d71e5f',
  slug: 'social-anxiety',
  audience: { minAge: 11, maxAge: 17, groupings: ['getting-help', 'getting-more-help'] },
  optionIds: ['wait-and-see', 'individual-cbt', 'group-cbt'],
  questionIds: YOUNG_PEOPLES_QUESTIONS,
  notKnown: [
    ['how-soon-better', 'wait-and-see'],
    ['how-soon-better', 'individual-cbt'],
    ['how-soon-better', 'group-cbt'],
    ['what-others-say', 'wait-and-see'],
    ['what-others-say', 'individual-cbt'],
    ['what-others-say', 'group-cbt'],
  ],
  cellSources: {
    'what-is-it': {
      'individual-cbt': ['nice-cg159', 'nice-cg159-public'],
      'group-cbt': ['nice-cg159', 'nice-cg159-public'],
    },
    'how-long': { 'individual-cbt': ['nice-cg159-public'], 'group-cbt': ['nice-cg159-public'] },
    'if-it-does-not-work': {
      'individual-cbt': ['nice-cg159-public', 'nice-cg159-not-recommended'],
      'group-cbt': ['nice-cg159-public', 'nice-cg159-not-recommended'],
    },
  },
  sources: [
    {
      id: 'nice-cg159',
      title: 'Social anxiety disorder: recognition, assessment and treatment (CG159)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/cg159',
      section: '1.5 Interventions for children and young people with social anxiety disorder',
    },
    {
      id: 'nice-cg159-not-recommended',
      title: 'Social anxiety disorder: recognition, assessment and treatment (CG159)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/cg159',
      section: '1.6 Interventions that are not recommended to treat social anxiety disorder',
    },
    {
      id: 'nice-cg159-public',
      title: 'Social anxiety disorder: information for the public (CG159)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/cg159/ifp/chapter/Treatment-for-children-and-young-people',
      section: 'Treatment for children and young people',
    },
  ],
  ...FIRST_EDITION,
});
