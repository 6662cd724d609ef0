/**
 * Option grid: worry and panic (example content; a service must review it before clinical use).
 *
 * The evidence base for this grid is weaker than for the others, and it says less because of
 * that. NICE has no guideline on generalised anxiety or panic in children and young people:
 * NICE CG113 covers adults aged 18 and over only (cited for what guided self-help is and for its
 * scope, not as a recommendation for young people), although THRIVE Elaborated maps its "Getting
 * Help: GAD and/or panic disorder" grouping to CG113. NICE CG159 (social anxiety disorder) does
 * cover children and young people, and backs CBT, individually or in a group, for that condition.
 * "Wait and see" rests on THRIVE's Getting Advice principle (an invitation to come back).
 *
 * Left out: medicine (CG159 advises against routinely offering medicine for social anxiety in
 * children and young people, and we found nothing we could cite for other anxiety at this age).
 * "Help through your parents or carers" (parent-led CBT for younger children) is described but
 * not tied to a NICE recommendation; a clinician must check it. Timings and what young people
 * say are "not known" wherever we could not support an answer.
 */
import text from '../../../locales/en-GB/grid-worry-and-panic.json';
import { FIRST_EDITION, YOUNG_PEOPLES_QUESTIONS, bundledGrid } from './bundled-grid';

export const WORRY_AND_PANIC_GRID = bundledGrid(text, {
  id: '01a2340d-8663-7000-a11a-c4f06441f4de',
  slug: 'worry-and-panic',
  audience: { minAge: 5, maxAge: 18, groupings: ['getting-advice', 'getting-help'] },
  optionIds: ['wait-and-see', 'guided-self-help', 'cbt', 'parent-led-cbt'],
  questionIds: YOUNG_PEOPLES_QUESTIONS,
  notKnown: [
    ['how-long', 'parent-led-cbt'],
    ['how-soon-better', 'guided-self-help'],
    ['how-soon-better', 'cbt'],
    ['how-soon-better', 'parent-led-cbt'],
    ['what-others-say', 'wait-and-see'],
    ['what-others-say', 'guided-self-help'],
    ['what-others-say', 'cbt'],
    ['what-others-say', 'parent-led-cbt'],
  ],
  cellSources: {
    'what-is-it': {
      'wait-and-see': ['thrive-elaborated'],
      'guided-self-help': ['nice-cg113'],
      cbt: ['nice-cg159'],
    },
    'how-soon-better': { 'wait-and-see': ['thrive-elaborated'] },
    'if-it-does-not-work': { 'wait-and-see': ['thrive-elaborated'] },
  },
  sources: [
    {
      id: 'nice-cg159',
      title: 'Social anxiety disorder: recognition, assessment and treatment (CG159)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/cg159',
      section: 'Recommendations 1.5: interventions for children and young people',
    },
    {
      id: 'nice-cg113',
      title: 'Generalised anxiety disorder and panic disorder in adults: management (CG113)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/cg113',
      section: 'Covers adults aged 18 and over only; used here for background',
    },
    {
      id: 'thrive-elaborated',
      title: 'THRIVE Elaborated, 2nd edition (Wolpert et al., 2016)',
      publisher: 'Anna Freud National Centre for Children and Families (CAMHS Press)',
      url: 'https://implementingthrive.org/',
      section: 'Getting Advice',
    },
  ],
  ...FIRST_EDITION,
});
