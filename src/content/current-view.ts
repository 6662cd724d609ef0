/**
 * The Current View form's items, as shipped (CORC's Current View tool, Jones et al. 2013;
 * used in the CAMHS payment-systems work, Wolpert et al. 2015; THRIVE Elaborated, 2nd
 * edition, 2016, p. 31, appendix 1; domain/THRIVE.md §6).
 *
 * - Example content: the form is CORC's and licensed. A service must check every item and
 *   its wording against its licensed copy of the form before clinical use (see
 *   `sourceNote` for what was and was not verified here).
 * - `text` is the English source; people see `current-view:presentingProblems.<id>` and
 *   the other lists' keys from locales/ (a test keeps en-GB equal to this text).
 * - Ids are stable: `current-view` records refer to them, so never reuse or rename one.
 * - The flags on presenting problems drive the payment-systems suggestion
 *   (src/domain/grouping-suggestion.ts); matching a form item to a Figure 4 grouping is
 *   this file's reading of the groupings' names, recorded in `sourceNote`.
 */
import { currentViewContentSchema, type CurrentViewContent } from '../domain';

export const CURRENT_VIEW_CONTENT: CurrentViewContent = currentViewContentSchema.parse({
  presentingProblems: [
    {
      id: 'anxious-away-from-caregivers',
      text: 'Anxious away from caregivers',
      examples: 'Separation anxiety',
      flags: [],
    },
    {
      id: 'anxious-in-social-situations',
      text: 'Anxious in social situations',
      examples: 'Social anxiety/phobia',
      flags: [
        { flag: 'signature', grouping: 'social-anxiety', sourceId: 'thrive-elaborated-2016' },
      ],
    },
    {
      id: 'anxious-generally',
      text: 'Anxious generally',
      examples: 'Generalized anxiety',
      flags: [{ flag: 'signature', grouping: 'gad-panic', sourceId: 'thrive-elaborated-2016' }],
    },
    {
      id: 'compelled-to-do-or-think-things',
      text: 'Compelled to do or think things',
      examples: 'OCD',
      flags: [{ flag: 'signature', grouping: 'ocd', sourceId: 'thrive-elaborated-2016' }],
    },
    {
      id: 'panics',
      text: 'Panics',
      examples: 'Panic disorder',
      flags: [{ flag: 'signature', grouping: 'gad-panic', sourceId: 'thrive-elaborated-2016' }],
    },
    {
      id: 'avoids-going-out',
      text: 'Avoids going out',
      examples: 'Agoraphobia',
      flags: [],
    },
    {
      id: 'avoids-specific-things',
      text: 'Avoids specific things',
      examples: 'Specific phobia',
      flags: [],
    },
    {
      id: 'repetitive-problematic-behaviours',
      text: 'Repetitive problematic behaviours',
      examples: 'Habit problems',
      flags: [],
    },
    {
      id: 'depression-low-mood',
      text: 'Depression/low mood',
      examples: 'Depression',
      flags: [{ flag: 'signature', grouping: 'depression', sourceId: 'thrive-elaborated-2016' }],
    },
    {
      id: 'self-harm',
      text: 'Self-harm',
      examples: 'Self injury or self-harm',
      flags: [{ flag: 'signature', grouping: 'self-harm', sourceId: 'thrive-elaborated-2016' }],
    },
    {
      id: 'extremes-of-mood',
      text: 'Extremes of mood',
      examples: 'Bipolar disorder',
      flags: [{ flag: 'signature', grouping: 'bipolar', sourceId: 'thrive-elaborated-2016' }],
    },
    {
      id: 'delusional-beliefs-and-hallucinations',
      text: 'Delusional beliefs and hallucinations',
      examples: 'Psychosis',
      flags: [{ flag: 'more-help', grouping: 'psychosis', sourceId: 'thrive-elaborated-2016' }],
    },
    {
      id: 'drug-and-alcohol-difficulties',
      text: 'Drug and alcohol difficulties',
      examples: 'Substance abuse',
      flags: [],
    },
    {
      id: 'difficulties-sitting-still-or-concentrating',
      text: 'Difficulties sitting still or concentrating',
      examples: 'ADHD/Hyperactivity',
      flags: [{ flag: 'signature', grouping: 'adhd', sourceId: 'thrive-elaborated-2016' }],
    },
    {
      id: 'behavioural-difficulties',
      text: 'Behavioural difficulties',
      examples: 'Conduct disorder or oppositional defiant disorder',
      flags: [
        { flag: 'signature', grouping: 'behavioural-conduct', sourceId: 'thrive-elaborated-2016' },
      ],
    },
    {
      id: 'poses-risk-to-others',
      text: 'Poses risk to others',
      flags: [],
    },
    {
      id: 'carer-management-of-behaviour',
      text: 'Carer management of the child or young person’s behaviour',
      examples: 'For example, management of the child',
      flags: [],
    },
    {
      id: 'doesnt-get-to-toilet-in-time',
      text: 'Doesn’t get to toilet in time',
      examples: 'Elimination problems',
      flags: [],
    },
    {
      id: 'disturbed-by-traumatic-event',
      text: 'Disturbed by traumatic event',
      examples: 'PTSD',
      flags: [{ flag: 'signature', grouping: 'ptsd', sourceId: 'thrive-elaborated-2016' }],
    },
    {
      id: 'eating-issues',
      text: 'Eating issues',
      examples: 'Anorexia/Bulimia',
      flags: [
        { flag: 'more-help', grouping: 'eating-disorders', sourceId: 'thrive-elaborated-2016' },
      ],
    },
    {
      id: 'family-relationship-difficulties',
      text: 'Family relationship difficulties',
      flags: [],
    },
    {
      id: 'problems-in-attachment',
      text: 'Problems in attachment to parent or carer',
      examples: 'Attachment problems',
      flags: [],
    },
    {
      id: 'peer-relationship-difficulties',
      text: 'Peer relationship difficulties',
      flags: [],
    },
    {
      id: 'persistent-difficulties-managing-relationships',
      text: 'Persistent difficulties managing relationships with others',
      examples: 'Includes emerging personality difficulties',
      flags: [{ flag: 'more-help', grouping: 'potential-bpd', sourceId: 'thrive-elaborated-2016' }],
    },
    {
      id: 'does-not-speak',
      text: 'Does not speak',
      examples: 'Selective mutism',
      flags: [],
    },
    {
      id: 'gender-discomfort-issues',
      text: 'Gender discomfort issues',
      flags: [],
    },
    {
      id: 'unexplained-physical-symptoms',
      text: 'Unexplained physical symptoms',
      flags: [],
    },
    {
      id: 'unexplained-developmental-difficulties',
      text: 'Unexplained developmental difficulties',
      flags: [],
    },
    {
      id: 'self-care-issues',
      text: 'Self-care issues',
      flags: [],
    },
    {
      id: 'adjustment-to-health-issues',
      text: 'Adjustment to health issues',
      flags: [],
    },
  ],
  contextualProblems: [
    { id: 'home', text: 'Home' },
    { id: 'school', text: 'School, work or training' },
    { id: 'community', text: 'Community' },
    { id: 'serviceEngagement', text: 'Service engagement' },
  ],
  education: [
    { id: 'attendance', text: 'Attendance difficulties' },
    { id: 'attainment', text: 'Attainment difficulties' },
  ],
  complexityFactors: [
    { id: 'looked-after-child', text: 'Looked after child' },
    { id: 'young-carer-status', text: 'Young carer status' },
    { id: 'learning-disability', text: 'Learning disability' },
    { id: 'serious-physical-health-issues', text: 'Serious physical health issues' },
    { id: 'pervasive-developmental-disorders', text: 'Pervasive developmental disorders' },
    { id: 'neurological-issues', text: 'Neurological issues' },
    { id: 'current-protection-plan', text: 'Current protection plan' },
    { id: 'child-in-need', text: 'Child in need' },
    { id: 'refugee-or-asylum-seeker', text: 'Refugee or asylum seeker' },
    {
      id: 'experience-of-war-torture-or-trafficking',
      text: 'Experience of war, torture or trafficking',
    },
    { id: 'experience-of-abuse-or-neglect', text: 'Experience of abuse or neglect' },
    { id: 'parental-health-issues', text: 'Parental health issues' },
    { id: 'contact-with-youth-justice-system', text: 'Contact with youth justice system' },
    { id: 'living-in-financial-difficulty', text: 'Living in financial difficulty' },
  ],
  sources: [
    {
      id: 'current-view-guide-2013',
      title: 'Current View Tool Completion Guide',
      authors: 'Jones M., Hopkins K., Kyrke-Smith R., Davies R., Vostanis P., Wolpert M.',
      publisher: 'Payment by Results in CAMHS project, with CORC',
      year: 2013,
      section: 'The Current View form: provisional problem descriptions',
    },
    {
      id: 'thrive-elaborated-2016',
      title: 'THRIVE Elaborated, 2nd edition',
      authors: 'Wolpert M. et al.',
      publisher: 'Anna Freud Centre and the Tavistock and Portman NHS Foundation Trust',
      year: 2016,
      section: 'Figure 4: The payment systems groupings; the allocation rules; appendix 1 (p. 31)',
    },
    {
      id: 'payment-systems-report-2015',
      title: 'CAMHS payment systems project report (cited in THRIVE Elaborated)',
      authors: 'Wolpert M. et al.',
      publisher: 'Cited in THRIVE Elaborated, 2nd edition; not consulted directly',
      year: 2015,
      section: 'Appendix C: the allocation algorithm',
    },
  ],
  sourceNote:
    'Presenting problems 1 to 30: names and order checked against a public transcript of ' +
    'the Current View form in the Current View Tool Completion Guide (2013); the text in ' +
    'brackets on the form was cut off in that transcript for items 17, 18, 24, 26, 29 ' +
    'and 30, so the glosses of 17, 18 and 24 are the development team’s and 26, 29 and 30 ' +
    'have none; item 15’s gloss ("CD or ODD" on the form) is spelt out. Complexity ' +
    'factors, contextual problems and education items: the seed copy of THRIVE Elaborated ' +
    'lost appendix 1, so these names come from the field names of a public Current View ' +
    'data export and the CORC description of the tool, not from the form itself. Flags: ' +
    'THRIVE Elaborated gives only the groupings’ names (Figure 4) and examples of the ' +
    'rules (eating disorders, psychosis); which form item stands for which grouping is ' +
    'the development team’s reading, not the exact algorithm (Wolpert et al. 2015, ' +
    'Appendix C, not consulted). The autism spectrum grouping has no presenting problem on ' +
    'the form (it is the complexity factor "Pervasive developmental disorders"), so no ' +
    'presenting problem carries it. CORC: https://corc.uk.net/outcome-experience-measures/current-view/',
  publishedOn: '2026-11-23',
  reviewBy: '2027-11-23',
  version: 1,
  exampleContent: true,
  language: 'en-GB',
});
