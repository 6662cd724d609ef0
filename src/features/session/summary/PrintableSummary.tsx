/**
 * The session summary on one clean page, to print or to hand over (issue #4: "Printable,
 * and shareable with the young person's view of the plan").
 *
 * Design choices:
 * - Two copies. The young person's copy is the default, so what is printed without a
 *   second thought is what the young person may see: it leaves out the care team's
 *   summary and uses plain words and "we"/"you" headings. The care team copy has it all.
 * - Print styles (summary.scss) hide the app's header, status bar, footer and these
 *   controls, and print black on white; the page has nothing that needs a link to work.
 * - Only sections with something written are printed.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionAction } from '../../../domain';
import { useRecord } from '../../../db';
import { formatCalendarDate } from '../../../ui/format-date';
import { sessionPath, type SessionPartProps } from '../session-part';
import { PRINT_COPIES, attendeeGroups, showsField, type PrintCopy } from './print-content';
import './summary.scss';

export function PrintableSummary({ caseId, session }: SessionPartProps) {
  const { t, i18n } = useTranslation(['session-summary', 'common']);
  const caseRecord = useRecord('case', caseId);
  const [copy, setCopy] = useState<PrintCopy>('young-person');
  const name =
    caseRecord && !caseRecord.deleted && typeof caseRecord.preferredName === 'string'
      ? caseRecord.preferredName
      : '';
  const title = name ? t('print.title', { name }) : t('print.titleNoName');

  const words = copy === 'young-person' ? 'youngPerson' : 'careTeam';
  const h = (key: string) => t(`print.${words}.${key}`);
  const day = (date: string) => formatCalendarDate(date, i18n.language);
  const people = attendeeGroups(session.attendees);
  const actions: SessionAction[] = session.actions ?? [];

  return (
    <div>
      <div className="app-no-print app-print-controls">
        <p className="nhsuk-body">
          <Link to={sessionPath(caseId, session.id, 'summary')}>{t('print.back')}</Link>
        </p>
      </div>
      <article className="app-printable" aria-labelledby="print-title" data-copy={copy}>
        <h1 className="nhsuk-heading-l" id="print-title" tabIndex={-1}>
          {title}
        </h1>
        <div className="app-no-print app-print-controls">
          <div className="nhsuk-form-group">
            <fieldset className="nhsuk-fieldset" aria-describedby="print-copy-hint">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                {t('print.copy')}
              </legend>
              <div className="nhsuk-hint" id="print-copy-hint">
                {t('print.copyHint')}
              </div>
              <div className="nhsuk-radios nhsuk-radios--inline">
                {PRINT_COPIES.map((value) => (
                  <div className="nhsuk-radios__item" key={value}>
                    <input
                      className="nhsuk-radios__input"
                      id={`print-copy-${value}`}
                      type="radio"
                      name="print-copy"
                      value={value}
                      checked={copy === value}
                      onChange={() => setCopy(value)}
                    />
                    <label
                      className="nhsuk-label nhsuk-radios__label"
                      htmlFor={`print-copy-${value}`}
                    >
                      {t(value === 'young-person' ? 'print.youngPersonCopy' : 'print.careTeamCopy')}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="button" className="nhsuk-button" onClick={() => window.print()}>
            {t('print.print')}
          </button>
        </div>

        <h2 className="nhsuk-heading-m">
          {t(`print.${words}.heading`, { date: day(session.date) })}
        </h2>

        {people.length > 0 && (
          <Section heading={h('whoWasThere')}>
            <ul className="nhsuk-list">
              {people.map((group) => {
                const role = t(`print.${words}.roles.${group.role}`);
                return (
                  <li key={group.role}>
                    {group.names.length > 0
                      ? t('print.withNames', { role, names: group.names.join(', ') })
                      : role}
                  </li>
                );
              })}
            </ul>
          </Section>
        )}
        {session.plainWordsSummary && (
          <Section heading={h('plainWords')}>
            <Text>{session.plainWordsSummary}</Text>
          </Section>
        )}
        {showsField(copy, 'summary') && session.summary && (
          <Section heading={h('summary')}>
            <Text>{session.summary}</Text>
          </Section>
        )}
        {session.decided && (
          <Section heading={h('decided')}>
            <Text>{session.decided}</Text>
          </Section>
        )}
        {(actions.length > 0 || session.nextSteps) && (
          <Section heading={h('actions')}>
            {actions.length > 0 && (
              <table className="nhsuk-table">
                <thead className="nhsuk-table__head">
                  <tr className="nhsuk-table__row">
                    <th scope="col" className="nhsuk-table__header">
                      {h('what')}
                    </th>
                    <th scope="col" className="nhsuk-table__header">
                      {h('who')}
                    </th>
                    <th scope="col" className="nhsuk-table__header">
                      {h('by')}
                    </th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {actions.map((action, i) => (
                    <tr className="nhsuk-table__row" key={i}>
                      <td className="nhsuk-table__cell">{action.what}</td>
                      <td className="nhsuk-table__cell">{action.who}</td>
                      <td className="nhsuk-table__cell">{action.by ? day(action.by) : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {session.nextSteps && <Text>{session.nextSteps}</Text>}
          </Section>
        )}
        {session.nextReviewOn && (
          <Section heading={h('nextReview')}>
            <p className="nhsuk-body">{day(session.nextReviewOn)}</p>
          </Section>
        )}
        {session.outcome && (
          <>
            <Section heading={h('success')}>
              <Text>{session.outcome.successLooksLike}</Text>
            </Section>
            <Section heading={h('likely')}>
              <p className="nhsuk-body">
                {t('print.likelyByWhen', {
                  likelihood: t(`likelihoods.${session.outcome.likelihood}`),
                  date: day(session.outcome.byWhen),
                })}
              </p>
            </Section>
            <Section heading={h('ifNotBetter')}>
              <Text>{session.outcome.ifNotBetter}</Text>
            </Section>
          </>
        )}
        {session.comeBack && (
          <Section heading={h('comeBack')}>
            <Text>{session.comeBack}</Text>
          </Section>
        )}
        {session.ending && (
          <Section heading={h('ending')}>
            <dl className="nhsuk-summary-list">
              <Row label={h('whatNext')} value={session.ending.whatNext} />
              <Row label={h('whoToContact')} value={session.ending.whoToContact} />
              <Row label={h('howToComeBack')} value={session.ending.howToComeBack} />
            </dl>
          </Section>
        )}
      </article>
    </div>
  );
}

function Section({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="app-printable__section">
      <h3 className="nhsuk-heading-s">{heading}</h3>
      {children}
    </section>
  );
}

/** What someone typed, with its line breaks. */
function Text({ children }: { children: string }) {
  return <p className="nhsuk-body app-summary-text">{children}</p>;
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value app-summary-text">{value}</dd>
    </div>
  );
}
