/**
 * Standardised measures a goal can point to, as shipped: THRIVE Elaborated (2nd edition,
 * 2016), Table 3 "Goal themes mapped to corresponding suggested outcome indicators", whose
 * footnote says aspects of the table derive from Jacob, Edbrooke-Childs, Law, et al.
 * (2015). Validated by `measureCatalogueSchema` (src/domain/measure-catalogue.ts).
 *
 * - Table 3's three overarching themes map to our five goal themes:
 *   Relationship/interpersonal → relationship-enhancement; Coping with specific problems
 *   and symptoms → symptom-change; Personal functioning → impact-on-life ("Doing better at
 *   school": attendance, academic achievement) and general-wellbeing ("Feeling happier":
 *   SWEMWBS). Greater understanding: Table 3 names no measure, so none is suggested (Jacob
 *   et al. found goals about understanding were not captured by standardised measures);
 *   the goal rating itself tracks it.
 * - A measure Table 3 names twice (SDQ, for friends and for low mood) is one entry with
 *   both goals. The RCADS and its OCD subscale are separate entries: different scores.
 * - `range` only where the scale is known for certain; otherwise `rangeToConfirm` and the
 *   practitioner enters the range when recording. `scoring` says which score is meant.
 * - `licence` only where the terms are known; otherwise left out: check before use.
 * - No questionnaire items are reproduced (copyright): names, ranges and sources only.
 * - Names stay as published, in English, in every language (locales/*\/measures.json).
 * - Example content: a service must review it before clinical use.
 */
import { measureCatalogueSchema, type MeasureCatalogue } from '../domain';

export const MEASURE_CATALOGUE: MeasureCatalogue = measureCatalogueSchema.parse({
  goals: [
    {
      id: 'make-more-friends',
      table3Theme: 'relationship-interpersonal',
      theme: 'relationship-enhancement',
      text: 'Make more friends',
    },
    {
      id: 'better-family-relationships',
      table3Theme: 'relationship-interpersonal',
      theme: 'relationship-enhancement',
      text: 'Have better family relationships',
    },
    {
      id: 'fewer-fights',
      table3Theme: 'relationship-interpersonal',
      theme: 'relationship-enhancement',
      text: 'Have less fights',
    },
    {
      id: 'better-behaviour-management',
      table3Theme: 'relationship-interpersonal',
      theme: 'relationship-enhancement',
      text: 'Better management of child’s behaviour by parent',
    },
    {
      id: 'fewer-ptsd-symptoms',
      table3Theme: 'coping-with-problems-and-symptoms',
      theme: 'symptom-change',
      text: 'Less symptoms PTSD',
    },
    {
      id: 'less-low-mood',
      table3Theme: 'coping-with-problems-and-symptoms',
      theme: 'symptom-change',
      text: 'Less low mood',
    },
    {
      id: 'manage-intrusive-thoughts',
      table3Theme: 'coping-with-problems-and-symptoms',
      theme: 'symptom-change',
      text: 'Manage intrusive thoughts and compulsive behaviours',
    },
    {
      id: 'doing-better-at-school',
      table3Theme: 'personal-functioning',
      theme: 'impact-on-life',
      text: 'Doing better at school',
    },
    {
      id: 'feeling-happier',
      table3Theme: 'personal-functioning',
      theme: 'general-wellbeing',
      text: 'Feeling happier',
    },
  ],
  measures: [
    {
      id: 'sdq',
      shortName: 'SDQ',
      name: 'Strengths and Difficulties Questionnaire',
      goalIds: ['make-more-friends', 'less-low-mood'],
      themes: ['relationship-enhancement', 'symptom-change'],
      scoring:
        'Total difficulties score (the four difficulties scales, 0–40); a higher score means more difficulties.',
      range: { min: 0, max: 40, higherIsBetter: false },
      rangeToConfirm: false,
      source: {
        developer: 'Robert Goodman',
        publisher: 'Youth in Mind',
        citation:
          'Goodman R. The Strengths and Difficulties Questionnaire: a research note. J Child Psychol Psychiatry 1997;38(5):581–6.',
        url: 'https://www.sdqinfo.org',
      },
      licence:
        'Copyright Robert Goodman. Paper copies may be used unchanged without charge by non-profit organisations; electronic versions need permission from Youth in Mind.',
    },
    {
      id: 'cors',
      shortName: 'CORS',
      name: 'Child Outcome Rating Scale',
      goalIds: ['make-more-friends'],
      themes: ['relationship-enhancement'],
      scoring:
        'Total of the four 0–10 scales (0–40); a higher score means things are going better.',
      range: { min: 0, max: 40, higherIsBetter: true },
      rangeToConfirm: false,
      source: {
        developer: 'Barry Duncan, Scott Miller, Jacqueline Sparks and colleagues',
        citation:
          'Duncan BL, Sparks JA, Miller SD, Bohanske RT, Claud DA. Giving youth a voice: a preliminary study of the reliability and validity of a brief outcome measure for children, adolescents, and caretakers. J Brief Ther 2006;5(2):71–88.',
      },
    },
    {
      id: 'score-15',
      shortName: 'SCORE-15',
      name: 'SCORE Index of Family Function and Change-15',
      goalIds: ['better-family-relationships'],
      themes: ['relationship-enhancement'],
      scoring:
        'Total as the mean of the 15 items (1–5), strengths items reverse-scored; a higher score means more family difficulty. If the items are added up instead (15–75), divide by 15 before recording.',
      range: { min: 1, max: 5, higherIsBetter: false },
      rangeToConfirm: false,
      source: {
        developer: 'Peter Stratton, Julia Bland, Emma Janes and Judith Lask',
        publisher: 'Association for Family Therapy and Systemic Practice (AFT)',
        citation:
          'Stratton P, Bland J, Janes E, Lask J. Developing an indicator of family function and a practicable outcome measure for systemic family and couple therapy: the SCORE. J Fam Ther 2010;32(3):232–58.',
      },
    },
    {
      id: 'me-and-my-school',
      shortName: 'M&MS',
      name: 'Me and My School',
      goalIds: ['fewer-fights'],
      themes: ['relationship-enhancement'],
      scoring:
        'The behavioural difficulties scale fits "have less fights"; enter the range of the scale used.',
      rangeToConfirm: true,
      source: {
        developer: 'Jessica Deighton and colleagues',
        citation:
          'Deighton J, Tymms P, Vostanis P, Belsky J, Fonagy P, Brown A, Martin A, Patalay P, Wolpert M. The development of a school-based measure of child mental health. J Psychoeduc Assess 2013;31(3):247–57.',
      },
    },
    {
      id: 'bpses',
      shortName: 'BPSES',
      name: 'Brief Parental Self-Efficacy Scale',
      goalIds: ['better-behaviour-management'],
      themes: ['relationship-enhancement'],
      scoring: 'Total of the five items, completed by the parent or carer; enter its range.',
      rangeToConfirm: true,
      source: {
        developer: 'Matt Woolgar, Sajid Humayun, Stephen Scott and Mark Dadds',
        citation:
          'Woolgar M, Humayun S, Scott S, Dadds MR. Child Psychiatry Hum Dev 2025;56(3):619–28. doi:10.1007/s10578-023-01583-0.',
      },
      licence:
        'Free to use; covered by the NHS Digital Copyright Licensing Service (as listed by CORC).',
    },
    {
      id: 'ies-r',
      shortName: 'IES-R',
      name: 'Impact of Event Scale – Revised',
      goalIds: ['fewer-ptsd-symptoms'],
      themes: ['symptom-change'],
      scoring:
        'Table 3 says "Impact of Events Scale (IES)" without a version. This entry is the IES-R: 22 items scored 0–4, total 0–88; a higher score means more distress. The original IES (15 items) and the children’s versions (CRIES-8, CRIES-13) have other ranges: record them as other measures.',
      range: { min: 0, max: 88, higherIsBetter: false },
      rangeToConfirm: false,
      source: {
        developer: 'Daniel Weiss and Charles Marmar, revising the IES of Mardi Horowitz',
        citation:
          'Weiss DS, Marmar CR. The Impact of Event Scale – Revised. In: Wilson JP, Keane TM, eds. Assessing Psychological Trauma and PTSD. New York: Guilford; 1997:399–411.',
      },
    },
    {
      id: 'rcads',
      shortName: 'RCADS',
      name: 'Revised Child Anxiety and Depression Scale',
      goalIds: ['less-low-mood'],
      themes: ['symptom-change'],
      scoring:
        'Raw total of the 47-item RCADS (47 items scored 0–3, 0–141); a higher score means more symptoms. The depression subscale alone has another range: record it as another measure.',
      range: { min: 0, max: 141, higherIsBetter: false },
      rangeToConfirm: false,
      source: {
        developer: 'Bruce Chorpita and colleagues',
        publisher: 'Child FIRST, University of California, Los Angeles',
        citation:
          'Chorpita BF, Yim L, Moffitt C, Umemoto LA, Francis SE. Assessment of symptoms of DSM-IV anxiety and depression in children: a revised child anxiety and depression scale. Behav Res Ther 2000;38(8):835–55.',
      },
    },
    {
      id: 'phq-9',
      shortName: 'PHQ-9',
      name: 'Patient Health Questionnaire-9 (“How are things: Depression/low mood”)',
      goalIds: ['less-low-mood'],
      themes: ['symptom-change'],
      scoring: 'Total of the nine items scored 0–3 (0–27); a higher score means lower mood.',
      range: { min: 0, max: 27, higherIsBetter: false },
      rangeToConfirm: false,
      source: {
        developer:
          'Kurt Kroenke, Robert Spitzer and Janet Williams (with an educational grant from Pfizer)',
        citation:
          'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16(9):606–13.',
        url: 'https://www.phqscreeners.com',
      },
      licence: 'No permission is needed to reproduce, translate, display or distribute.',
    },
    {
      id: 'rcads-ocd',
      shortName: 'RCADS OCD',
      name: 'OCD subscale of Revised Child Anxiety and Depression Scale (RCADS)',
      goalIds: ['manage-intrusive-thoughts'],
      themes: ['symptom-change'],
      scoring:
        'Raw score of the six obsessive-compulsive items scored 0–3 (0–18); a higher score means more symptoms.',
      range: { min: 0, max: 18, higherIsBetter: false },
      rangeToConfirm: false,
      source: {
        developer: 'Bruce Chorpita and colleagues',
        publisher: 'Child FIRST, University of California, Los Angeles',
        citation:
          'Chorpita BF, Yim L, Moffitt C, Umemoto LA, Francis SE. Assessment of symptoms of DSM-IV anxiety and depression in children: a revised child anxiety and depression scale. Behav Res Ther 2000;38(8):835–55.',
      },
    },
    {
      id: 'school-attendance',
      shortName: 'School attendance',
      name: 'Number of days attending school',
      goalIds: ['doing-better-at-school'],
      themes: ['impact-on-life'],
      scoring:
        'Not a questionnaire: the share of possible school days attended in an agreed period, as a percentage (0–100), from the school’s attendance record.',
      range: { min: 0, max: 100, higherIsBetter: true },
      rangeToConfirm: false,
      source: {
        developer: 'The school’s attendance record (no developer)',
        citation: 'THRIVE Elaborated, 2nd edition (2016), Table 3.',
      },
    },
    {
      id: 'academic-achievement',
      shortName: 'Academic achievement',
      name: 'Academic achievement',
      goalIds: ['doing-better-at-school'],
      themes: ['impact-on-life'],
      scoring:
        'Not a questionnaire: the school’s own measure of attainment, which differs between schools; enter its range.',
      rangeToConfirm: true,
      source: {
        developer: 'The school’s own assessment (no developer)',
        citation: 'THRIVE Elaborated, 2nd edition (2016), Table 3.',
      },
    },
    {
      id: 'swemwbs',
      shortName: 'SWEMWBS',
      name: 'Short Warwick-Edinburgh Mental Well-being Scale',
      goalIds: ['feeling-happier'],
      themes: ['general-wellbeing'],
      scoring:
        'Raw total of the seven items scored 1–5 (7–35); a higher score means better wellbeing. The published conversion to a metric score keeps the same 7–35 range.',
      range: { min: 7, max: 35, higherIsBetter: true },
      rangeToConfirm: false,
      source: {
        developer: 'Sarah Stewart-Brown and colleagues (Universities of Warwick and Edinburgh)',
        publisher: 'University of Warwick',
        citation:
          'Stewart-Brown S, Tennant A, Tennant R, Platt S, Parkinson J, Weich S. Internal construct validity of the Warwick-Edinburgh Mental Well-being Scale (WEMWBS): a Rasch analysis using data from the Scottish Health Education Population Survey. Health Qual Life Outcomes 2009;7:15.',
        url: 'https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/',
      },
      licence:
        'Free for non-commercial use once the user has registered with the University of Warwick.',
    },
  ],
  sources: [
    {
      id: 'thrive-elaborated-2016-table-3',
      title: 'THRIVE Elaborated, 2nd edition',
      authors: 'Wolpert M. et al.',
      publisher: 'Anna Freud Centre and the Tavistock and Portman NHS Foundation Trust',
      year: 2016,
      section:
        'THRIVE and outcomes, Table 3: Goal themes mapped to corresponding suggested outcome indicators',
    },
    {
      id: 'jacob-2015-measuring-what-matters',
      title:
        'Measuring what matters to patients: using goal content to inform measure choice and development (cited in Table 3’s footnote)',
      authors: 'Jacob J, Edbrooke-Childs J, Law D, Wolpert M.',
      publisher: 'Clinical Child Psychology and Psychiatry (SAGE)',
      year: 2015,
    },
  ],
  publishedOn: '2026-12-02',
  reviewBy: '2027-12-02',
  version: 1,
  exampleContent: true,
  language: 'en-GB',
});
