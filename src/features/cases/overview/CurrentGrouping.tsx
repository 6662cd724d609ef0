import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KindRecord } from '../../../domain';
import { appAreaPath } from '../../../ui/app-area-links';
import { formatCalendarDate } from '../../../ui/format-date';
import { GroupingTag } from '../GroupingTag';

/**
 * The grouping agreed most recently, with the reasons agreed and each person's view in
 * their own words (shared decision making: the young person's voice first). When someone
 * favoured another grouping, that is shown beside their view, so a disagreement stays
 * visible rather than being smoothed over. Their words keep their own direction
 * (`dir="auto"`), whatever the page's language.
 */
export function CurrentGrouping({
  caseId,
  name,
  decision,
}: {
  caseId: string;
  name: string;
  decision: KindRecord<'grouping-decision'> | undefined;
}) {
  const { t, i18n } = useTranslation('cases');
  const date = (d: string) => formatCalendarDate(d, i18n.language);
  const agree = appAreaPath('grouping', caseId);
  if (!decision) {
    return (
      <section aria-labelledby="overview-grouping">
        <h2 className="nhsuk-heading-m" id="overview-grouping">
          {t('case.grouping')}
        </h2>
        <p className="nhsuk-body">
          <GroupingTag grouping={undefined} />
        </p>
        <p className="nhsuk-body">{t('overview.grouping.none', { name })}</p>
        {agree && (
          <p className="nhsuk-body">
            <Link to={agree}>{t('overview.grouping.agree')}</Link>
          </p>
        )}
      </section>
    );
  }
  const views: [string, string | undefined, string | undefined][] = [
    [
      t('overview.grouping.youngPersonView', { name }),
      decision.youngPersonView,
      decision.youngPersonGrouping,
    ],
    [t('overview.grouping.familyView'), decision.familyView, decision.familyGrouping],
    [
      t('overview.grouping.practitionerView'),
      decision.practitionerView,
      decision.practitionerGrouping,
    ],
  ];
  return (
    <section aria-labelledby="overview-grouping" data-testid="current-grouping">
      <h2 className="nhsuk-heading-m" id="overview-grouping">
        {t('case.grouping')}
      </h2>
      <p className="nhsuk-body">
        <GroupingTag grouping={decision.grouping} />{' '}
        {t('overview.grouping.agreedOn', { date: date(decision.agreedOn) })}
      </p>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('overview.grouping.reasons')}</dt>
          <dd className="nhsuk-summary-list__value app-own-words" dir="auto">
            {decision.reasons}
          </dd>
        </div>
        {views.map(([label, view, favoured]) =>
          view || favoured ? (
            <div className="nhsuk-summary-list__row" key={label}>
              <dt className="nhsuk-summary-list__key">{label}</dt>
              <dd className="nhsuk-summary-list__value">
                {view && (
                  <p className="nhsuk-body app-own-words" dir="auto">
                    {view}
                  </p>
                )}
                {favoured && (
                  <p className="nhsuk-body-s">
                    {t('overview.grouping.favoured', { grouping: t(`groupings.${favoured}`) })}
                  </p>
                )}
              </dd>
            </div>
          ) : null,
        )}
        {decision.reviewBy && (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t('overview.grouping.reviewBy')}</dt>
            <dd className="nhsuk-summary-list__value">{date(decision.reviewBy)}</dd>
          </div>
        )}
      </dl>
      {agree && (
        <p className="nhsuk-body">
          <Link to={agree}>{t('overview.grouping.change')}</Link>
        </p>
      )}
    </section>
  );
}
