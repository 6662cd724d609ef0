/**
 * Option grid: getting advice and support (example content; a service must review it before
 * clinical use).
 *
 * Sources: THRIVE Elaborated (2nd edition, 2016) for what Getting Advice means (help within
 * education or the community, building on family and community strengths, digital support,
 * school-based and peer support, and always an invitation to come back if things don't
 * improve); NICE NG134 (depression in children and young people) for watchful waiting with a
 * further check, normally within 2 weeks, for mild depression; the 2017 green paper
 * "Transforming children and young people's mental health provision" for mental health support
 * teams working with schools and colleges.
 *
 * Left out: any claim about how well books, apps, activities or online services work, because
 * we could not support one for this age group; how soon each option helps (except the general
 * point behind waiting) and what young people say are "not known". Availability of school and
 * online support varies by area, so the cells tell people to ask locally.
 */
import text from '../../../locales/en-GB/grid-getting-advice.json';
import { FIRST_EDITION, YOUNG_PEOPLES_QUESTIONS, bundledGrid } from './bundled-grid';

export const GETTING_ADVICE_GRID = bundledGrid(text, {
  id: '01a2340d-1bca-75b3-a715-2bc98111b925',
  slug: 'getting-advice',
  audience: { minAge: 8, maxAge: 18, groupings: ['thriving', 'getting-advice'] },
  optionIds: [
    'wait-and-see',
    'self-help',
    'school-support',
    'community-activities',
    'online-support',
  ],
  questionIds: YOUNG_PEOPLES_QUESTIONS,
  notKnown: [
    ['how-soon-better', 'self-help'],
    ['how-soon-better', 'school-support'],
    ['how-soon-better', 'community-activities'],
    ['how-soon-better', 'online-support'],
    ['what-others-say', 'wait-and-see'],
    ['what-others-say', 'self-help'],
    ['what-others-say', 'school-support'],
    ['what-others-say', 'community-activities'],
    ['what-others-say', 'online-support'],
  ],
  cellSources: {
    'what-is-it': {
      'wait-and-see': ['thrive-elaborated', 'nice-ng134'],
      'self-help': ['thrive-elaborated'],
      'school-support': ['green-paper-2017', 'thrive-elaborated'],
      'community-activities': ['thrive-elaborated'],
      'online-support': ['thrive-elaborated'],
    },
    'how-long': { 'wait-and-see': ['nice-ng134'] },
    'how-soon-better': { 'wait-and-see': ['thrive-elaborated'] },
    'if-it-does-not-work': {
      'wait-and-see': ['thrive-elaborated'],
      'self-help': ['thrive-elaborated'],
      'school-support': ['green-paper-2017'],
      'community-activities': ['thrive-elaborated'],
      'online-support': ['thrive-elaborated'],
    },
  },
  sources: [
    {
      id: 'thrive-elaborated',
      title: 'THRIVE Elaborated, 2nd edition (Wolpert et al., 2016)',
      publisher: 'Anna Freud National Centre for Children and Families (CAMHS Press)',
      url: 'https://implementingthrive.org/',
      section: 'Getting Advice',
    },
    {
      id: 'nice-ng134',
      title: 'Depression in children and young people: identification and management (NG134)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/ng134',
      section: 'Recommendations: watchful waiting',
    },
    {
      id: 'green-paper-2017',
      title:
        'Transforming children and young people’s mental health provision: a green paper (Cm 9523)',
      publisher: 'Department of Health and Department for Education',
      url: 'https://www.gov.uk/government/consultations/transforming-children-and-young-peoples-mental-health-provision-a-green-paper',
      section: 'Core proposals: designated senior lead; mental health support teams',
    },
  ],
  ...FIRST_EDITION,
});
