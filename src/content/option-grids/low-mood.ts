/**
 * Option grid: feeling low or depressed (example content; a service must review it before clinical use).
 * Sources: NICE guideline NG134 (2019), its recommendations on watchful waiting and mild depression
 * (watchful waiting with a further assessment within about 2 weeks; digital CBT, group CBT, group
 * IPT or group supportive therapy for about 2 to 3 months; review by CAMHS if there is no response)
 * and on moderate to severe depression (individual CBT for at least 3 months for 12 to 18 year olds;
 * family therapy or IPT-A where CBT is not suitable; fluoxetine only alongside psychological therapy,
 * only after assessment by a child and adolescent psychiatrist, with close monitoring for
 * self-harm and suicidal thoughts, continued for at least 6 months after recovery).
 * Written 2026-12-02 from the NICE guideline text as we could check it. Section numbers are not
 * given because we could not confirm NG134's numbering; sources name the part of the guideline.
 * Left out: group mindfulness, brief psychosocial intervention and psychodynamic psychotherapy (to
 * keep the grid to six columns), and the different advice for 5 to 11 year olds (this grid is
 * worded for 11 to 18). "How soon" is left "not known" where NICE gives no timescale, and "what
 * other young people say" is "not known" throughout: NG134 does not report it and we will not
 * invent it.
 */
import text from '../../../locales/en-GB/grid-low-mood.json';
import { FIRST_EDITION, YOUNG_PEOPLES_QUESTIONS, bundledGrid } from './bundled-grid';

export const LOW_MOOD_GRID = bundledGrid(text, {
  id: '01a2340d-2e08-7f1b-95bb-56aebf872cbd',
  slug: 'low-mood',
  audience: {
    minAge: 11,
    maxAge: 18,
    groupings: ['getting-advice', 'getting-help', 'getting-more-help'],
  },
  optionIds: [
    'wait-and-see',
    'digital-cbt',
    'group-therapy',
    'individual-cbt',
    'family-therapy-or-ipt',
    'medicine',
  ],
  questionIds: YOUNG_PEOPLES_QUESTIONS,
  notKnown: [
    ['how-long', 'family-therapy-or-ipt'],
    ['how-soon-better', 'individual-cbt'],
    ['how-soon-better', 'family-therapy-or-ipt'],
    ['how-soon-better', 'medicine'],
    ['what-others-say', 'wait-and-see'],
    ['what-others-say', 'digital-cbt'],
    ['what-others-say', 'group-therapy'],
    ['what-others-say', 'individual-cbt'],
    ['what-others-say', 'family-therapy-or-ipt'],
    ['what-others-say', 'medicine'],
  ],
  cellSources: {
    'what-is-it': {
      'wait-and-see': ['nice-ng134-mild'],
      'digital-cbt': ['nice-ng134-mild'],
      'group-therapy': ['nice-ng134-mild'],
      'individual-cbt': ['nice-ng134-moderate'],
      'family-therapy-or-ipt': ['nice-ng134-moderate'],
      medicine: ['nice-ng134-moderate'],
    },
    'how-long': {
      'wait-and-see': ['nice-ng134-mild'],
      'digital-cbt': ['nice-ng134-mild'],
      'group-therapy': ['nice-ng134-mild'],
      'individual-cbt': ['nice-ng134-moderate'],
      medicine: ['nice-ng134-moderate'],
    },
    'how-soon-better': {
      'wait-and-see': ['nice-ng134-mild'],
      'digital-cbt': ['nice-ng134-mild'],
      'group-therapy': ['nice-ng134-mild'],
    },
    'what-might-be-hard': { medicine: ['nice-ng134-moderate'] },
    'if-it-does-not-work': {
      'wait-and-see': ['nice-ng134-mild'],
      'digital-cbt': ['nice-ng134-mild'],
      'group-therapy': ['nice-ng134-mild'],
      'individual-cbt': ['nice-ng134-moderate'],
      'family-therapy-or-ipt': ['nice-ng134-moderate'],
      medicine: ['nice-ng134-moderate'],
    },
  },
  sources: [
    {
      id: 'nice-ng134-mild',
      title: 'Depression in children and young people: identification and management (NG134)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/ng134/chapter/Recommendations',
      section: 'Recommendations on watchful waiting and on managing mild depression',
    },
    {
      id: 'nice-ng134-moderate',
      title: 'Depression in children and young people: identification and management (NG134)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/ng134/chapter/Recommendations',
      section:
        'Recommendations on managing moderate to severe depression, including antidepressants',
    },
  ],
  ...FIRST_EDITION,
});
