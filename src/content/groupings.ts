/**
 * THRIVE's five needs-based groupings in plain words, as shipped (domain/THRIVE.md §1;
 * THRIVE Elaborated, 2nd edition, 2016): what help looks like in each and who usually
 * leads, for agreeing a grouping with a young person and their family.
 *
 * - Written for a 12-year-old to follow, saying only what the framework says: each
 *   sentence rests on the "Need" and "Provision" paragraphs of its grouping's section
 *   (for Getting Help, also the agreement at the outset; for Getting Advice, the
 *   invitation to come back; for Risk Support, the trusted person, the backup team and the
 *   written safety plan). Nothing here rests on evidence the framework does not give.
 * - Page numbers: the seed text lost most page numbers in extraction. These come from its
 *   page breaks counted from the document's own cross-references ("getting advice p.19,
 *   getting help p.21, getting more help p.22", "Table 2 on p.16").
 * - `name`, `help` and `lead` are the English source; people see
 *   `grouping:groupings.<id>.*` from locales/ (a test keeps en-GB equal to this text).
 * - Example content: a service must review it (and its translations) before clinical use.
 */
import { groupingContentSchema, type GroupingContent } from '../domain';

const THRIVE_ELABORATED = {
  title: 'THRIVE Elaborated, 2nd edition',
  authors: 'Wolpert M. et al.',
  publisher: 'Anna Freud Centre and the Tavistock and Portman NHS Foundation Trust',
  year: 2016,
} as const;

export const GROUPING_CONTENT: GroupingContent = groupingContentSchema.parse({
  groupings: [
    {
      id: 'thriving',
      name: 'Thriving',
      help: 'Getting on with life, with everyday support from family, friends, school and the community to stay well. No extra mental health help is needed right now.',
      lead: 'Usually school and the local community.',
      sourceIds: ['thrive-elaborated-2016-framework', 'thrive-elaborated-2016-thriving'],
    },
    {
      id: 'getting-advice',
      name: 'Getting Advice and Signposting',
      help: 'Some advice, often just once or a few times, to help you and your family manage things yourselves and find support nearby. You can always come back if things don’t get better.',
      lead: 'Often school or a community service, with experienced health workers helping to decide what fits.',
      sourceIds: ['thrive-elaborated-2016-framework', 'thrive-elaborated-2016-getting-advice'],
    },
    {
      id: 'getting-help',
      name: 'Getting Help',
      help: 'Working on goals together with a person trained to help, for a set time, checking how it’s going. At the start you agree what getting better would look like, and what happens if it doesn’t.',
      lead: 'Usually a health service.',
      sourceIds: ['thrive-elaborated-2016-framework', 'thrive-elaborated-2016-getting-help'],
    },
    {
      id: 'getting-more-help',
      name: 'Getting More Help',
      help: 'More help, over a longer time, from health workers trained in this kind of help. Sometimes this means staying in hospital for a while.',
      lead: 'Usually a health service.',
      sourceIds: ['thrive-elaborated-2016-framework', 'thrive-elaborated-2016-getting-more-help'],
    },
    {
      id: 'getting-risk-support',
      name: 'Getting Risk Support',
      help: 'Help to stay safe when things feel risky, even when other help isn’t working right now. A person you trust, and helped to choose, keeps a team around you, and together you write a safety plan that says what everyone will do. The aim is to build ways to cope, so you can move on to other help.',
      lead: 'Often social care, working closely with health and other services.',
      sourceIds: [
        'thrive-elaborated-2016-framework',
        'thrive-elaborated-2016-getting-risk-support',
      ],
    },
  ],
  sources: [
    {
      id: 'thrive-elaborated-2016-framework',
      ...THRIVE_ELABORATED,
      section: 'Figure 2: THRIVE framework, and the needs-based groupings (pp. 7–8)',
    },
    {
      id: 'thrive-elaborated-2016-thriving',
      ...THRIVE_ELABORATED,
      section: 'Thriving (pp. 17–18)',
    },
    {
      id: 'thrive-elaborated-2016-getting-advice',
      ...THRIVE_ELABORATED,
      section: 'Getting advice (pp. 19–20)',
    },
    {
      id: 'thrive-elaborated-2016-getting-help',
      ...THRIVE_ELABORATED,
      section: 'Getting help (p. 21)',
    },
    {
      id: 'thrive-elaborated-2016-getting-more-help',
      ...THRIVE_ELABORATED,
      section: 'Getting more help (p. 22)',
    },
    {
      id: 'thrive-elaborated-2016-getting-risk-support',
      ...THRIVE_ELABORATED,
      section: 'Getting risk support (p. 23)',
    },
  ],
  publishedOn: '2026-11-23',
  reviewBy: '2027-11-23',
  version: 1,
  exampleContent: true,
  language: 'en-GB',
});
