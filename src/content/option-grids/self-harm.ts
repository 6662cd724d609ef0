/**
 * Option grid: self-harm (example content; a service must review it before clinical use).
 *
 * Source: NICE NG225, "Self-harm: assessment, management and preventing recurrence" (2022),
 * which covers children, young people and adults. What the cells rest on: information and
 * support for the person and, as appropriate, their family (recommendations 1.1); involving
 * family members and carers; talking therapy, with DBT-A to consider for children and young
 * people who self-harm often and have significant difficulty managing emotions (DBT-A and
 * "designated lead" in education settings are defined in the guideline's terms); the
 * committee's rationale that people differ on whether they want their family told. The
 * written safety plan also rests on THRIVE's Getting Risk Support.
 * Recommendation numbers are given only where we checked them; otherwise the guideline is
 * cited as a whole.
 *
 * Left out on purpose: medicine (NG225 advises against offering medicine as a specific
 * treatment to reduce self-harm, so it is not an option here); "do nothing" (not an option the
 * guideline supports); harm minimisation (NG225 limits it to specific circumstances, and this
 * grid gives no detail about methods). How soon each option helps, and what young people say
 * about most options, are "not known". The usual length of DBT-A ("several months") is general
 * knowledge, not a NICE figure.
 */
import text from '../../../locales/en-GB/grid-self-harm.json';
import { FIRST_EDITION, YOUNG_PEOPLES_QUESTIONS, bundledGrid } from './bundled-grid';

export const SELF_HARM_GRID = bundledGrid(text, {
  id: '01a2340d-7674-77a3-a3e2-1f4cfb777548',
  slug: 'self-harm',
  audience: { minAge: 10, maxAge: 18, groupings: ['getting-risk-support', 'getting-more-help'] },
  optionIds: ['therapy-for-self-harm', 'safety-plan', 'family-involvement', 'school-support'],
  questionIds: YOUNG_PEOPLES_QUESTIONS,
  notKnown: [
    ['how-soon-better', 'therapy-for-self-harm'],
    ['how-soon-better', 'safety-plan'],
    ['how-soon-better', 'family-involvement'],
    ['how-soon-better', 'school-support'],
    ['what-others-say', 'therapy-for-self-harm'],
    ['what-others-say', 'safety-plan'],
    ['what-others-say', 'school-support'],
  ],
  cellSources: {
    'what-is-it': {
      'therapy-for-self-harm': ['nice-ng225', 'nice-ng225-terms'],
      'safety-plan': ['nice-ng225', 'thrive-elaborated'],
      'family-involvement': ['nice-ng225-information', 'nice-ng225'],
      'school-support': ['nice-ng225-terms'],
    },
    'what-might-be-hard': { 'family-involvement': ['nice-ng225-rationale'] },
    'what-others-say': { 'family-involvement': ['nice-ng225-rationale'] },
  },
  sources: [
    {
      id: 'nice-ng225',
      title: 'Self-harm: assessment, management and preventing recurrence (NG225)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/ng225',
    },
    {
      id: 'nice-ng225-information',
      title: 'Self-harm: assessment, management and preventing recurrence (NG225)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/ng225/chapter/Recommendations',
      section: 'Recommendations 1.1: information and support',
    },
    {
      id: 'nice-ng225-terms',
      title: 'Self-harm: assessment, management and preventing recurrence (NG225)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/ng225/chapter/terms-used-in-this-guideline',
      section: 'Terms used in this guideline: DBT-A; designated lead',
    },
    {
      id: 'nice-ng225-rationale',
      title: 'Self-harm: assessment, management and preventing recurrence (NG225)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/ng225/chapter/rationale-and-impact',
      section: 'Rationale and impact: information and support (recommendations 1.1.1 to 1.1.4)',
    },
    {
      id: 'thrive-elaborated',
      title: 'THRIVE Elaborated, 2nd edition (Wolpert et al., 2016)',
      publisher: 'Anna Freud National Centre for Children and Families (CAMHS Press)',
      url: 'https://implementingthrive.org/',
      section: 'Getting Risk Support',
    },
  ],
  ...FIRST_EDITION,
});
