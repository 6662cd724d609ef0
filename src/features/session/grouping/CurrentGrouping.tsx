/**
 * The grouping agreed now (the latest decision by the day it was agreed), with why, who
 * agreed and when to look at it again: what everyone is working from before they talk.
 */
import { useTranslation } from 'react-i18next';
import type { GroupingDecisionRecord } from '../../../domain';
import { formatCalendarDate } from '../../../ui/format-date';

export function CurrentGrouping({ decision }: { decision: GroupingDecisionRecord | undefined }) {
  const { t, i18n } = useTranslation('grouping');
  return (
    <section aria-labelledby="grouping-current-heading" data-testid="grouping-current">
      <h2 className="nhsuk-heading-m" id="grouping-current-heading">
        {t('current.heading')}
      </h2>
      {decision === undefined ? (
        <p className="nhsuk-body">{t('current.none')}</p>
      ) : (
        <dl className="nhsuk-summary-list">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t('current.grouping')}</dt>
            <dd className="nhsuk-summary-list__value">
              <strong className={`nhsuk-tag app-grouping-tag--${decision.grouping}`}>
                {t(`groupings.${decision.grouping}.name`)}
              </strong>
            </dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t('current.reasons')}</dt>
            <dd className="nhsuk-summary-list__value app-grouping-text">{decision.reasons}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t('current.agreedOn')}</dt>
            <dd className="nhsuk-summary-list__value">
              {formatCalendarDate(decision.agreedOn, i18n.language)}
            </dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t('current.agreedBy')}</dt>
            <dd className="nhsuk-summary-list__value">
              {decision.agreedBy
                .map((p) => (p.name ? p.name : t(`participants.${p.role}`)))
                .join(', ')}
            </dd>
          </div>
          {decision.reviewBy && (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{t('current.reviewBy')}</dt>
              <dd className="nhsuk-summary-list__value">
                {formatCalendarDate(decision.reviewBy, i18n.language)}
              </dd>
            </div>
          )}
        </dl>
      )}
    </section>
  );
}
