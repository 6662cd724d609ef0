/**
 * The safety plan on paper (issue #7 item 5): an A4 page (the whole plan and the crisis
 * lines, the young person's name, when it was agreed and when it will be looked at
 * again) or a pocket card (the crisis lines, the people to ask and the things I can do
 * myself, small enough to fold into a wallet), chosen by a toggle, with a Print button.
 *
 * Design choices:
 * - Presentational: the pages read the plan from this device (it prints offline) and
 *   pass it in, already as a `PlanView`, with the crisis lines to show.
 * - In the language the app is in now (the young person's, on their phone); a
 *   practitioner can switch language in settings before printing.
 * - Black and white: every mark is a word, a border or bold type, never colour alone.
 *   Print styles (print.scss) hide the app's header, status bar, footer and these
 *   controls. Phone numbers stay as text on paper ("Call 116 123"), since links do not
 *   work there.
 * - Empty sections are left out on paper; the crisis lines always print.
 * - The layout is kept in the address (?layout=card), so a reload keeps it. The radios
 *   follow the page's own state, set at once on a tap: the address changes through a
 *   navigation that React may render later, and a radio bound to the address alone
 *   flicked back to the old choice meanwhile (an e2e caught it unchecked after the tap).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CrisisContact } from '../../content/crisis-contacts';
import type { PlanView } from '../../domain/safety-plan';
import { formatCalendarDate } from '../format-date';
import type { PlanDates } from './bundle-view';
import { CrisisContactList } from './CrisisContactList';
import { PlanSections } from './PlanSections';
import './print.scss';

export const PRINT_LAYOUTS = ['a4', 'card'] as const;
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];

/** On the pocket card: who to ask and what I can do myself. */
const CARD_SECTIONS = ['people-to-ask', 'coping-alone'] as const;

export interface PrintableSafetyPlanProps {
  name: string;
  /** The plan, or undefined when there is none yet (the crisis lines still print). */
  view: PlanView | undefined;
  dates: PlanDates | undefined;
  contacts: readonly CrisisContact[];
  /** Where "Back" goes. */
  backTo: string;
  /** Whose screen: the young person's own words ("me") or anyone else's. */
  perspective: 'young-person' | 'other';
}

export function PrintableSafetyPlan({
  name,
  view,
  dates,
  contacts,
  backTo,
  perspective,
}: PrintableSafetyPlanProps) {
  const { t, i18n } = useTranslation(['my-safety-plan', 'safety-plan-content', 'common']);
  const [params, setParams] = useSearchParams();
  const inAddress: PrintLayout = params.get('layout') === 'card' ? 'card' : 'a4';
  const [layout, setLayout] = useState(inAddress);
  // When the address changes (the tap's own navigation landing, or back and forward),
  // the radios follow it: React's "adjust state when a prop changes" pattern.
  const [addressSeen, setAddressSeen] = useState(inAddress);
  if (inAddress !== addressSeen) {
    setAddressSeen(inAddress);
    setLayout(inAddress);
  }
  const day = (date: string) => formatCalendarDate(date, i18n.language);

  const choose = (value: PrintLayout) => {
    setLayout(value);
    const next = new URLSearchParams(params);
    if (value === 'card') next.set('layout', 'card');
    else next.delete('layout');
    setParams(next, { replace: true });
  };

  const controls = (
    <div className="app-no-print">
      <p className="nhsuk-body">
        <Link to={backTo}>{t('print.back')}</Link>
      </p>
    </div>
  );
  const title = name ? t('print.title', { name }) : t('print.titleNoName');

  return (
    <div>
      {controls}
      <article
        className={`app-safety-plan-print app-safety-plan-print--${layout}`}
        aria-labelledby="safety-plan-print-title"
        data-testid={`safety-plan-print-${layout}`}
      >
        <h1 className="nhsuk-heading-l" id="safety-plan-print-title" tabIndex={-1}>
          {title}
        </h1>
        <div className="app-no-print">
          <div className="nhsuk-form-group">
            <fieldset className="nhsuk-fieldset" aria-describedby="print-layout-hint">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                {t('print.layout')}
              </legend>
              <div className="nhsuk-hint" id="print-layout-hint">
                {t('print.layoutHint')}
              </div>
              <div className="nhsuk-radios nhsuk-radios--inline">
                {PRINT_LAYOUTS.map((value) => (
                  <div className="nhsuk-radios__item" key={value}>
                    <input
                      className="nhsuk-radios__input"
                      id={`print-layout-${value}`}
                      name="print-layout"
                      type="radio"
                      value={value}
                      checked={layout === value}
                      onChange={() => choose(value)}
                    />
                    <label
                      className="nhsuk-label nhsuk-radios__label"
                      htmlFor={`print-layout-${value}`}
                    >
                      {t(`print.layouts.${value}`)}
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
        {dates && (
          <p className="nhsuk-body app-safety-plan-print__dates" data-testid="print-dates">
            {dates.status === 'agreed' && dates.agreedOn
              ? t('status.agreed', { date: day(dates.agreedOn) })
              : t('status.draft')}{' '}
            {dates.reviewBy ? t('status.reviewBy', { date: day(dates.reviewBy) }) : ''}
          </p>
        )}
        <section
          className="app-safety-plan-print__help"
          aria-labelledby="print-help-now"
          data-testid="print-help-now"
        >
          <h2 className="nhsuk-heading-m" id="print-help-now">
            {t('helpNow.title')}
          </h2>
          <CrisisContactList contacts={contacts} headingLevel={3} compact={layout === 'card'} />
        </section>
        {!view ? (
          <p className="nhsuk-body">{t('print.noPlan')}</p>
        ) : layout === 'a4' ? (
          <PlanSections view={view} headingLevel={2} perspective={perspective} hideEmpty />
        ) : (
          <PlanSections
            view={view}
            headingLevel={2}
            perspective={perspective}
            sections={CARD_SECTIONS}
            hideEmpty
            showTeam={false}
            showWho={false}
          />
        )}
      </article>
    </div>
  );
}
