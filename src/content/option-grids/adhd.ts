/**
 * Option grid: ADHD (example content; a service must review it before clinical use).
 *
 * Source: NICE NG87, "Attention deficit hyperactivity disorder: diagnosis and management"
 * (2018, updated 2019). Sections are named by their headings rather than by recommendation
 * number where we could not check the number against the published text; only "medication"
 * carries a number (1.7). What each cell rests on: information and support after diagnosis
 * (including the worry about labelling); environmental modifications and school adjustments
 * for everyone, before medicine for children aged 5 and over; ADHD-focused group parent
 * training as the first treatment for children under 5; a course of CBT for young people whose
 * medicine helps but who still have significant problems; methylphenidate as the usual first
 * medicine from age 5, only when symptoms still cause significant problems after environmental
 * modifications; monitoring of height, weight, heart rate and blood pressure; review of
 * medicine at least once a year; a second specialist opinion before medicine under 5.
 *
 * Left out: "wait and see" (NG87 does not present it as an option once ADHD is diagnosed),
 * diet changes (NG87 does not recommend elimination diets or supplements as treatment), and
 * named medicines beyond the first one. How soon non-medicine options help, how long a parents'
 * course lasts, and what young people say are "not known".
 */
import text from '../../../locales/en-GB/grid-adhd.json';
import { FIRST_EDITION, YOUNG_PEOPLES_QUESTIONS, bundledGrid } from './bundled-grid';

export const ADHD_GRID = bundledGrid(text, {
  id: '01a2340d-52fe-7e71-9b7a-23247d6cd9a9',
  slug: 'adhd',
  audience: { minAge: 3, maxAge: 18, groupings: ['getting-help', 'getting-more-help'] },
  optionIds: [
    'information-and-support',
    'changes-at-home-and-school',
    'parent-training',
    'cbt',
    'medicine',
  ],
  questionIds: YOUNG_PEOPLES_QUESTIONS,
  notKnown: [
    ['how-long', 'parent-training'],
    ['how-soon-better', 'information-and-support'],
    ['how-soon-better', 'changes-at-home-and-school'],
    ['how-soon-better', 'parent-training'],
    ['how-soon-better', 'cbt'],
    ['what-others-say', 'information-and-support'],
    ['what-others-say', 'changes-at-home-and-school'],
    ['what-others-say', 'parent-training'],
    ['what-others-say', 'cbt'],
    ['what-others-say', 'medicine'],
  ],
  cellSources: {
    'what-is-it': {
      'information-and-support': ['nice-ng87-information'],
      'changes-at-home-and-school': ['nice-ng87-managing'],
      'parent-training': ['nice-ng87-managing'],
      cbt: ['nice-ng87-managing'],
      medicine: ['nice-ng87-managing', 'nice-ng87-medication'],
    },
    'how-long': { medicine: ['nice-ng87-review'] },
    'what-might-be-hard': {
      'information-and-support': ['nice-ng87-information'],
      medicine: ['nice-ng87-monitoring'],
    },
    'if-it-does-not-work': {
      'changes-at-home-and-school': ['nice-ng87-managing'],
      'parent-training': ['nice-ng87-medication'],
      medicine: ['nice-ng87-medication'],
    },
  },
  sources: [
    {
      id: 'nice-ng87-information',
      title: 'Attention deficit hyperactivity disorder: diagnosis and management (NG87)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/ng87',
      section: 'Recommendations: information and support',
    },
    {
      id: 'nice-ng87-managing',
      title: 'Attention deficit hyperactivity disorder: diagnosis and management (NG87)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/ng87',
      section: 'Recommendations: managing ADHD (children under 5, and aged 5 and over)',
    },
    {
      id: 'nice-ng87-medication',
      title: 'Attention deficit hyperactivity disorder: diagnosis and management (NG87)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/ng87',
      section: 'Recommendations 1.7: medication',
    },
    {
      id: 'nice-ng87-monitoring',
      title: 'Attention deficit hyperactivity disorder: diagnosis and management (NG87)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/ng87',
      section: 'Recommendations: maintenance and monitoring',
    },
    {
      id: 'nice-ng87-review',
      title: 'Attention deficit hyperactivity disorder: diagnosis and management (NG87)',
      publisher: 'National Institute for Health and Care Excellence',
      url: 'https://www.nice.org.uk/guidance/ng87',
      section: 'Recommendations: review of medication and discontinuation',
    },
  ],
  ...FIRST_EDITION,
});
