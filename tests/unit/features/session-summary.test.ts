// The session summary form's pure parts: which fields each grouping requires, blank next
// steps dropped, the date rules, only changed fields written, and the printable copies.
import { describe, expect, it } from 'vitest';
import { PARSE_OPTIONS, problemsFrom, sessionKind, type SessionData } from '../../../src/domain';
import { attendeeGroups, showsField } from '../../../src/features/session/summary/print-content';
import {
  asGrouping,
  attendeesFrom,
  caseReviewChange,
  latestDecision,
  sessionChanges,
  sessionDataFrom,
  summaryFormFrom,
  summaryFormSchema,
  type SummaryContext,
  type SummaryFormValues,
} from '../../../src/features/session/summary/summary-form';

const TODAY = '2026-04-01';
const context = (extra: Partial<SummaryContext> = {}): SummaryContext => ({
  grouping: undefined,
  finishing: false,
  status: 'in-progress',
  today: TODAY,
  ...extra,
});

function form(extra: Partial<SummaryFormValues> = {}): SummaryFormValues {
  return { ...summaryFormFrom({ date: '2026-03-30' }, undefined, ''), ...extra };
}

/** Each problem as "path key", in the order the form reports them. */
function problems(values: SummaryFormValues, ctx: SummaryContext): string[] {
  const result = summaryFormSchema(ctx).safeParse(values, PARSE_OPTIONS);
  return result.success
    ? []
    : problemsFrom(result.error).map((p) => `${p.path.join('.')} ${p.key}`);
}

const agreement = {
  successLooksLike: 'Going to school most days',
  likelihood: 'likely',
  byWhen: '2026-06-01',
  ifNotBetter: 'We meet and think about other help',
};

describe('summaryFormSchema', () => {
  it('asks nothing more than a date when no grouping is agreed', () => {
    expect(problems(form(), context())).toEqual([]);
    expect(problems(form({ date: '' }), context())).toEqual(['date sessionDateRequired']);
    expect(problems(form({ date: '2026-02-30' }), context())).toEqual(['date invalidDate']);
  });

  it.each(['getting-help', 'getting-more-help'] as const)(
    'requires the agreement at the outset for %s, each part named',
    (grouping) => {
      expect(problems(form(), context({ grouping }))).toEqual([
        'successLooksLike successLooksLikeRequired',
        'likelihood likelihoodRequired',
        'byWhen byWhenRequired',
        'ifNotBetter ifNotBetterRequired',
      ]);
      expect(problems(form(agreement), context({ grouping }))).toEqual([]);
      // Spaces alone are not an answer; a likelihood must be one of the words offered.
      expect(
        problems(
          form({ ...agreement, ifNotBetter: '   ', likelihood: 'certain' }),
          context({ grouping }),
        ),
      ).toEqual(['likelihood likelihoodRequired', 'ifNotBetter ifNotBetterRequired']);
    },
  );

  it('does not ask for the agreement for other groupings', () => {
    for (const grouping of ['thriving', 'getting-risk-support', 'getting-advice'] as const) {
      expect(problems(form({ comeBack: 'Come back any time' }), context({ grouping }))).toEqual([]);
    }
  });

  it('requires the invitation to come back for Getting Advice', () => {
    expect(problems(form(), context({ grouping: 'getting-advice' }))).toEqual([
      'comeBack comeBackRequired',
    ]);
  });

  it('requires the ending plan only when help is ending or moving', () => {
    expect(problems(form({ whatNext: '' }), context())).toEqual([]);
    expect(problems(form({ helpEnding: true, whoToContact: 'Ms Khan' }), context())).toEqual([
      'whatNext whatNextRequired',
      'howToComeBack howToComeBackRequired',
    ]);
  });

  it('drops blank next-step rows and names what a half-filled row is missing', () => {
    const actions = [
      { what: '', who: '', by: '' },
      { what: 'Call school', who: '', by: '' },
      { what: '  ', who: ' ', by: ' ' },
    ];
    expect(problems(form({ actions }), context())).toEqual(['actions.1.who actionWhoRequired']);
    expect(problems(form({ actions: [{ what: '', who: 'Mum', by: '' }] }), context())).toEqual([
      'actions.0.what actionWhatRequired',
    ]);
  });

  it('keeps dates of next steps, the review and "by when" on or after the session', () => {
    const values = form({
      ...agreement,
      byWhen: '2026-03-01',
      nextReviewOn: '2026-03-29',
      actions: [{ what: 'Call school', who: 'Sam', by: '2026-03-01' }],
    });
    expect(problems(values, context({ grouping: 'getting-help' }))).toEqual([
      'actions.0.by dateBeforeSession',
      'nextReviewOn dateBeforeSession',
      'byWhen dateBeforeSession',
    ]);
    expect(problems(form({ nextReviewOn: '2026-03-30' }), context())).toEqual([]);
  });

  it('refuses a future date once the session is under way, and when finishing it', () => {
    const future = form({ date: '2026-04-02' });
    expect(problems(future, context({ status: 'planned' }))).toEqual([]);
    expect(problems(future, context({ status: 'in-progress' }))).toEqual(['date dateInFuture']);
    expect(problems(future, context({ status: 'planned', finishing: true }))).toEqual([
      'date finishDateInFuture',
    ]);
    expect(problems(form({ date: TODAY }), context({ finishing: true }))).toEqual([]);
  });

  it('limits the length of what is typed', () => {
    expect(problems(form({ plainWordsSummary: 'x'.repeat(5001) }), context())).toEqual([
      'plainWordsSummary tooLong',
    ]);
  });
});

describe('sessionDataFrom', () => {
  it('maps a full form to session fields that the session record accepts', () => {
    const values = form({
      ...agreement,
      attendees: [
        { role: 'young-person', present: true, names: 'ignored' },
        { role: 'carer', present: true, names: 'Mum, Dad' },
        { role: 'practitioner', present: true, names: '' },
        { role: 'other-professional', present: false, names: 'Ms Khan' },
      ],
      decided: ' Try the sleep plan ',
      actions: [
        { what: 'Sleep diary', who: 'Sam', by: '2026-04-08' },
        { what: '', who: '', by: '' },
      ],
      nextReviewOn: '2026-04-15',
      summary: 'Low mood improving',
      plainWordsSummary: 'We talked about sleep',
      helpEnding: false,
    });
    const data = sessionDataFrom(values, context({ grouping: 'getting-help', finishing: true }));
    expect(data).toEqual({
      date: '2026-03-30',
      attendees: [
        { role: 'young-person' },
        { role: 'carer', name: 'Mum' },
        { role: 'carer', name: 'Dad' },
        { role: 'practitioner' },
      ],
      decided: 'Try the sleep plan',
      actions: [{ what: 'Sleep diary', who: 'Sam', by: '2026-04-08' }],
      nextReviewOn: '2026-04-15',
      summary: 'Low mood improving',
      plainWordsSummary: 'We talked about sleep',
      outcome: agreement,
      ending: undefined,
      status: 'completed',
    });
    const parsed = sessionKind.data.safeParse(
      Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)),
    );
    expect(parsed.success).toBe(true);
  });

  it('writes only the section the grouping asks for', () => {
    const values = form({ ...agreement, comeBack: 'Come back any time' });
    expect(sessionDataFrom(values, context({ grouping: 'getting-advice' }))).toMatchObject({
      comeBack: 'Come back any time',
    });
    expect(sessionDataFrom(values, context({ grouping: 'getting-advice' }))).not.toHaveProperty(
      'outcome',
    );
    expect(sessionDataFrom(values, context())).not.toHaveProperty('comeBack');
    expect(sessionDataFrom(values, context())).not.toHaveProperty('outcome');
    expect(sessionDataFrom(values, context())).not.toHaveProperty('status');
  });

  it('keeps participants already on the record, with their accounts', () => {
    const previous = [
      {
        role: 'practitioner' as const,
        name: 'Pat',
        userId: '01890000-0000-7000-8000-000000000001',
      },
    ];
    expect(
      attendeesFrom(
        [
          { role: 'practitioner', present: true, names: 'Pat, Lee' },
          { role: 'carer', present: false, names: 'Mum' },
        ],
        previous,
      ),
    ).toEqual([previous[0], { role: 'practitioner', name: 'Lee' }]);
    // A name typed for someone recorded without one keeps their account.
    const unnamed = [{ role: 'practitioner' as const, userId: previous[0]!.userId }];
    expect(attendeesFrom([{ role: 'practitioner', present: true, names: 'Pat' }], unnamed)).toEqual(
      [{ ...unnamed[0], name: 'Pat' }],
    );
  });
});

describe('sessionChanges', () => {
  const record: Partial<SessionData> = {
    date: '2026-03-30',
    attendees: [{ role: 'young-person' }],
    status: 'in-progress',
    decided: 'Try the sleep plan',
    comeBack: 'From before',
  };

  it('is empty when nothing changed, and only has what did', () => {
    const values = summaryFormFrom(record, undefined, 'Suggested');
    expect(sessionChanges(values, context(), record)).toEqual({});
    expect(sessionChanges({ ...values, decided: '' }, context(), record)).toEqual({
      decided: undefined,
    });
    expect(sessionChanges(values, context({ finishing: true }), record)).toEqual({
      status: 'completed',
    });
  });

  it('clears the ending plan when help is no longer ending', () => {
    const ending = { whatNext: 'GP', whoToContact: 'Dr Li', howToComeBack: 'Ask your GP' };
    const values = summaryFormFrom({ ...record, ending }, undefined, '');
    expect(values.helpEnding).toBe(true);
    expect(
      sessionChanges({ ...values, helpEnding: false }, context(), { ...record, ending }),
    ).toEqual({ ending: undefined });
  });
});

describe('summaryFormFrom', () => {
  it('offers the come-back words for Getting Advice unless some were saved', () => {
    expect(summaryFormFrom({}, 'getting-advice', 'Come back').comeBack).toBe('Come back');
    expect(summaryFormFrom({}, 'getting-help', 'Come back').comeBack).toBe('');
    expect(summaryFormFrom({ comeBack: 'Saved' }, 'getting-advice', 'Come back').comeBack).toBe(
      'Saved',
    );
  });

  it('starts with one empty next-step row and shows names per role', () => {
    const values = summaryFormFrom(
      {
        attendees: [
          { role: 'carer', name: 'Mum' },
          { role: 'carer', name: 'Dad' },
        ],
      },
      undefined,
      '',
    );
    expect(values.actions).toEqual([{ what: '', who: '', by: '' }]);
    expect(values.attendees.find((a) => a.role === 'carer')).toEqual({
      role: 'carer',
      present: true,
      names: 'Mum, Dad',
    });
    expect(values.attendees.find((a) => a.role === 'young-person')?.present).toBe(false);
  });
});

describe('caseReviewChange', () => {
  it('sets the case review date only when one was given and it differs', () => {
    expect(caseReviewChange(form({ nextReviewOn: '2026-05-01' }), undefined)).toEqual({
      nextReviewOn: '2026-05-01',
    });
    expect(caseReviewChange(form({ nextReviewOn: '2026-05-01' }), '2026-05-01')).toBeUndefined();
    expect(caseReviewChange(form({ nextReviewOn: '' }), '2026-05-01')).toBeUndefined();
  });
});

describe('latestDecision and asGrouping', () => {
  it('takes the latest agreed, then the last written', () => {
    const d = (grouping: string, agreedOn: string, updatedAt: string) => ({
      grouping,
      agreedOn,
      updatedAt,
    });
    const decisions = [
      d('getting-advice', '2026-01-01', '2026-03-01T00:00:00Z'),
      d('getting-help', '2026-02-01', '2026-02-01T00:00:00Z'),
      d('getting-more-help', '2026-02-01', '2026-02-02T00:00:00Z'),
    ];
    expect(latestDecision(decisions)?.grouping).toBe('getting-more-help');
    expect(latestDecision([])).toBeUndefined();
    expect(asGrouping('getting-help')).toBe('getting-help');
    expect(asGrouping('tier-3')).toBeUndefined();
  });
});

describe('printable copies', () => {
  it("leaves the care team's summary out of the young person's copy only", () => {
    expect(showsField('young-person', 'summary')).toBe(false);
    expect(showsField('young-person', 'plainWordsSummary')).toBe(true);
    expect(showsField('care-team', 'summary')).toBe(true);
  });

  it('groups who was there by role, in the usual order', () => {
    expect(
      attendeeGroups([
        { role: 'carer', name: 'Mum' },
        { role: 'young-person' },
        { role: 'carer', name: 'Dad' },
      ]),
    ).toEqual([
      { role: 'young-person', names: [] },
      { role: 'carer', names: ['Mum', 'Dad'] },
    ]);
  });
});
