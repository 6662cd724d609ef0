/**
 * Option grid: OCD (example content; a service must review it before clinical use).
 * Sources: NICE guideline CG31 (2005), its principles of care (shame and embarrassment are common;
 * help people understand symptoms are involuntary) and its treatment options for children and
 * young people: guided self-help with family support for mild OCD; CBT including exposure and
 * response prevention (ERP), involving the family or carers, one-to-one or in a group, if
 * guided self-help does not help or is refused or OCD is moderate to severe; an SSRI added to
 * CBT only after multidisciplinary review if there is no adequate response to CBT within 12
 * weeks, with close monitoring for self-harm, suicidal thoughts and hostility.
 * Written 2026-12-02. There is no "wait and see" column: CG31 does not describe watchful waiting
 * for children and young people. "How long" and "how soon" are "not known" because CG31 gives no
 * session numbers or timescales for children that we could check; "what other young people say"
 * is "not known" too.
 */
import text from '../../../locales/en-GB/grid-ocd.json';
import { FIRST_EDITION, YOUNG_PEOPLES_QUESTIONS, bundledGrid } from './bundled-grid';

export const OCD_GRID = bundledGrid(text, {
  id: '01a2340d-1c98-7e83-9ec0-3ab1855058c9',
  slug: 'ocd',
  audience: { minAge: 8, maxAge: 18, groupings: ['getting-help', 'getting-more-help'] },
  optionIds: ['guided-self-help', 'cbt-erp', 'medicine'],
  questionIds: YOUNG_PEOPLES_QUESTIONS,
  notKnown: [
    ['how-long', 'guided-self-help'],
    ['how-long', 'cbt-erp'],
    ['how-long', 'medicine'],
    ['how-soon-better', 'guided-self-help'],
    ['how-soon-better', 'cbt-erp'],
    ['how-soon-better', 'medicine'],
    ['what-others-say', 'guided-self-help'],
    ['what-others-say', 'cbt-erp'],
    ['what-others-say', 'medicine'],
  ],
  cellSources: {
    'what-is-it': {
      'guided-self-help': ['nice-cg31'],
      'cbt-erp': ['nice-cg31'],
      medicine: ['nice-cg31'],
    },
    'what-might-be-hard': { 'guided-self-help': ['nice-cg31-principles'], medicine: ['nice-cg31'] },
    'if-it-does-not-work': { 'guided-self-help': ['nice-cg31'], 'cbt-erp': ['nice-cg31'] },
  },
  sources: [
    {
      id: 'nice-cg31',
      title: 'Obsessive-compulsive disorder and body dysmorphic disorder: treatment (CG31)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/cg31/chapter/1-Guidance',
      section: 'Recommendations on treatment options for children and young people',
    },
    {
      id: 'nice-cg31-principles',
      title: 'Obsessive-compulsive disorder and body dysmorphic disorder: treatment (CG31)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/cg31/chapter/1-Guidance',
      section: '1.1 Principles of care for all people with OCD or BDD and their families or carers',
    },
  ],
  ...FIRST_EDITION,
});
