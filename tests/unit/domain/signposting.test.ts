// "No wrong door" matching (issue #9): which directory entries school staff are shown for
// the topics and wishes they chose, in what order, and the weekly tally of anonymous counts.
import { describe, expect, it } from 'vitest';
import {
  suggestResources,
  tallySignpostingByWeek,
  weekStartOf,
  type DirectoryEntry,
  type DirectoryResourceData,
  type SignpostingAnswers,
  type SignpostingEventData,
} from '../../../src/domain';

const TODAY = '2026-12-02';

function entry(
  id: string,
  patch: Partial<DirectoryResourceData> = {},
  source: DirectoryEntry['source'] = 'local',
): DirectoryEntry {
  return {
    id,
    source,
    data: {
      name: id,
      description: `About ${id}.`,
      groupings: ['getting-advice'],
      topics: [],
      ageRange: { minAge: 0, maxAge: 25 },
      contact: { url: 'https://www.example.org/' },
      cost: 'free',
      exampleContent: false,
      reviewBy: '2027-06-01',
      ...patch,
    },
  };
}

const answers = (patch: Partial<SignpostingAnswers> = {}): SignpostingAnswers => ({
  topics: [],
  wishes: [],
  ageBand: 'not-known',
  ...patch,
});

/** Group → entry ids, in the order shown. */
const shown = (groups: ReturnType<typeof suggestResources>) =>
  groups.map((g) => [g.grouping, g.suggestions.map((s) => s.entry.id)]);

describe('suggestResources', () => {
  it('suggests entries that match a chosen topic or a chosen wish, and no others', () => {
    const entries = [
      entry('sleep-clinic', { topics: ['sleep'] }),
      entry('talk-line', { offers: ['someone-to-talk-to'] }),
      entry('eating-team', { topics: ['eating'], offers: ['specialist-help'] }),
    ];
    const groups = suggestResources(
      entries,
      answers({ topics: ['sleep'], wishes: ['someone-to-talk-to'] }),
      TODAY,
    );
    expect(shown(groups)).toEqual([['getting-advice', ['sleep-clinic', 'talk-line']]]);
    expect(groups[0]!.suggestions[0]).toMatchObject({
      matchedTopics: ['sleep'],
      matchedWishes: [],
      reviewOverdue: false,
    });
    expect(groups[0]!.suggestions[1]).toMatchObject({
      matchedTopics: [],
      matchedWishes: ['someone-to-talk-to'],
    });
  });

  it('keeps only entries for the age band, and filters nothing when the age is not known', () => {
    const entries = [
      entry('little-ones', { topics: ['family'], ageRange: { minAge: 0, maxAge: 4 } }),
      entry('teens', { topics: ['family'], ageRange: { minAge: 13, maxAge: 18 } }),
      entry('young-adults', { topics: ['family'], ageRange: { minAge: 18, maxAge: 25 } }),
    ];
    const ids = (ageBand: SignpostingAnswers['ageBand']) =>
      shown(suggestResources(entries, answers({ topics: ['family'], ageBand }), TODAY));
    expect(ids('under-5')).toEqual([['getting-advice', ['little-ones']]]);
    // 14-15 overlaps 13-18 only.
    expect(ids('14-15')).toEqual([['getting-advice', ['teens']]]);
    // 16-17 is inside 13-18; 18-25 touches both 13-18 (at 18) and 18-25.
    expect(ids('16-17')).toEqual([['getting-advice', ['teens']]]);
    expect(ids('18-25')).toEqual([['getting-advice', ['teens', 'young-adults']]]);
    expect(ids('not-known')).toEqual([
      ['getting-advice', ['little-ones', 'teens', 'young-adults']],
    ]);
  });

  it('never suggests a retired entry, even when it is the only match', () => {
    const entries = [
      entry('old-group', { topics: ['loss'], status: 'retired' }),
      entry('grief-service', { topics: ['loss'], status: 'active' }),
    ];
    expect(shown(suggestResources(entries, answers({ topics: ['loss'] }), TODAY))).toEqual([
      ['getting-advice', ['grief-service']],
    ]);
    expect(suggestResources([entries[0]!], answers(), TODAY)).toEqual([]);
  });

  it('groups in THRIVE order, each entry once under its lightest grouping, empty ones left out', () => {
    const entries = [
      entry('crisis', { topics: ['self-harm'], groupings: ['getting-risk-support'] }),
      entry('camhs', { topics: ['self-harm'], groupings: ['getting-more-help', 'getting-help'] }),
      entry('club', { topics: ['self-harm'], groupings: ['thriving'] }),
      entry('line', { topics: ['self-harm'], groupings: ['getting-advice', 'getting-help'] }),
    ];
    expect(shown(suggestResources(entries, answers({ topics: ['self-harm'] }), TODAY))).toEqual([
      ['thriving', ['club']],
      ['getting-advice', ['line']],
      ['getting-help', ['camhs']],
      ['getting-risk-support', ['crisis']],
    ]);
  });

  it('puts the best matches first: topics, then wishes, then in date, local, name', () => {
    const entries = [
      entry('b-one-topic', { topics: ['worries'] }, 'national'),
      entry('a-one-topic', { topics: ['worries'] }, 'national'),
      entry('local-one-topic', { topics: ['worries'] }, 'local'),
      entry('example-one-topic', { topics: ['worries'] }, 'example'),
      entry('two-topics', { topics: ['worries', 'sleep'] }),
      entry('topic-and-wish', { topics: ['sleep'], offers: ['things-to-try'] }),
      entry('overdue-two-topics', { topics: ['worries', 'sleep'], reviewBy: '2026-12-01' }),
      entry('wish-only', { offers: ['things-to-try'] }),
    ];
    const [group] = suggestResources(
      entries,
      answers({ topics: ['worries', 'sleep'], wishes: ['things-to-try'] }),
      TODAY,
    );
    expect(group!.suggestions.map((s) => s.entry.id)).toEqual([
      'two-topics',
      'overdue-two-topics',
      'topic-and-wish',
      'local-one-topic',
      'a-one-topic',
      'b-one-topic',
      'example-one-topic',
      'wish-only',
    ]);
  });

  it('still suggests an entry past its review date, flagged, so a number is never lost', () => {
    const entries = [
      entry('due-today', { topics: ['eating'], reviewBy: TODAY }),
      entry('overdue', { topics: ['eating'], reviewBy: '2025-01-01' }),
    ];
    const [group] = suggestResources(entries, answers({ topics: ['eating'] }), TODAY);
    expect(group!.suggestions.map((s) => [s.entry.id, s.reviewOverdue])).toEqual([
      ['due-today', false],
      ['overdue', true],
    ]);
  });

  describe("'something-else'", () => {
    const entries = [
      entry('childline', { topics: ['something-else'] }, 'national'),
      entry('sleep-clinic', { topics: ['sleep'] }),
      entry('other-worries', { topics: ['something-else', 'worries'] }),
    ];

    it('on an entry means "any worry": it comes up for every topic, after exact matches', () => {
      const [group] = suggestResources(entries, answers({ topics: ['sleep'] }), TODAY);
      expect(group!.suggestions.map((s) => [s.entry.id, s.matchedTopics])).toEqual([
        ['sleep-clinic', ['sleep']],
        ['other-worries', []],
        ['childline', []],
      ]);
    });

    it('chosen alone finds the entries for any worry, and not topic-only ones', () => {
      const [group] = suggestResources(entries, answers({ topics: ['something-else'] }), TODAY);
      expect(group!.suggestions.map((s) => [s.entry.id, s.matchedTopics])).toEqual([
        ['other-worries', ['something-else']],
        ['childline', ['something-else']],
      ]);
    });

    it('does not make an "any worry" entry match when only wishes were chosen', () => {
      const groups = suggestResources(entries, answers({ wishes: ['activities'] }), TODAY);
      expect(groups).toEqual([]);
    });
  });

  it('shows every eligible entry when nothing was chosen (no wrong door)', () => {
    const entries = [
      entry('a', { topics: ['sleep'] }),
      entry('b', { offers: ['activities'], groupings: ['thriving'] }),
      entry('gone', { status: 'retired' }),
    ];
    expect(shown(suggestResources(entries, answers(), TODAY))).toEqual([
      ['thriving', ['b']],
      ['getting-advice', ['a']],
    ]);
  });

  it('shows an entry given twice only once, and changes nothing it was given', () => {
    const one = entry('dup', { topics: ['sleep'] });
    const entries = [one, entry('dup', { topics: ['sleep'], name: 'Second copy' })];
    const before = structuredClone(entries);
    const [group] = suggestResources(entries, answers({ topics: ['sleep'] }), TODAY);
    expect(group!.suggestions.map((s) => s.entry.data.name)).toEqual(['dup']);
    expect(entries).toEqual(before);
  });

  it('suggests nothing from an empty directory', () => {
    expect(suggestResources([], answers({ topics: ['worries'] }), TODAY)).toEqual([]);
  });
});

describe('weekStartOf', () => {
  it.each([
    ['2026-11-30', '2026-11-30'], // a Monday
    ['2026-12-02', '2026-11-30'], // Wednesday
    ['2026-12-06', '2026-11-30'], // Sunday belongs to the week before
    ['2026-12-07', '2026-12-07'],
    ['2027-01-01', '2026-12-28'], // across a year
    ['2024-03-31', '2024-03-25'], // the day the clocks change makes no difference
  ])('%s is in the week starting %s', (date, monday) => {
    expect(weekStartOf(date)).toBe(monday);
  });
});

describe('tallySignpostingByWeek', () => {
  const count = (patch: Partial<SignpostingEventData>): SignpostingEventData => ({
    topicIds: [],
    ageBand: 'not-known',
    immediateDanger: false,
    resourceIds: [],
    occurredOn: '2026-12-02',
    ...patch,
  });

  it('counts per Monday-to-Sunday week, newest week first, weeks with none left out', () => {
    const tally = tallySignpostingByWeek([
      count({ occurredOn: '2026-11-16', topicIds: ['sleep'] }),
      count({
        occurredOn: '2026-12-01',
        topicIds: ['sleep', 'worries'],
        resourceIds: ['national-childline'],
      }),
      count({ occurredOn: '2026-12-06', immediateDanger: true }),
      count({
        occurredOn: '2026-11-30',
        topicIds: ['worries'],
        resourceIds: ['national-childline', '019ad0a0-0000-7000-8000-000000000001'],
      }),
    ]);
    expect(tally).toEqual([
      {
        weekStart: '2026-11-30',
        total: 3,
        immediateDanger: 1,
        topics: { sleep: 1, worries: 2 },
        resources: { 'national-childline': 2, '019ad0a0-0000-7000-8000-000000000001': 1 },
      },
      {
        weekStart: '2026-11-16',
        total: 1,
        immediateDanger: 0,
        topics: { sleep: 1 },
        resources: {},
      },
    ]);
  });

  it('is empty with no counts', () => {
    expect(tallySignpostingByWeek([])).toEqual([]);
  });
});
