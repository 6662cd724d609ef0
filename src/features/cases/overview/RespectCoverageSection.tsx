import { useTranslation } from 'react-i18next';
import type { RespectCoverage } from '../../../domain';
import { formatCalendarDate, todayOnDevice } from '../../../ui/format-date';

/**
 * Which rights of the RESPECT agenda have been talked about across all the case's
 * sessions (respectCoverage in src/domain/respect.ts), heading by heading, in the young
 * person's words from locales/<lang>/respect.json. Items never talked about are named,
 * so the next session knows where to start.
 */
export function RespectCoverageSection({ coverage }: { coverage: RespectCoverage }) {
  const { t, i18n } = useTranslation(['cases', 'respect']);
  // The day it was last talked about, on this device's calendar (records keep date-times).
  const when = (at: string) => formatCalendarDate(todayOnDevice(new Date(at)), i18n.language);
  const total = coverage.headings.reduce((n, h) => n + h.total, 0);
  const talked = coverage.headings.reduce((n, h) => n + h.talkedAbout, 0);
  return (
    <section aria-labelledby="overview-respect" data-testid="respect-coverage">
      <h2 className="nhsuk-heading-m" id="overview-respect">
        {t('overview.respect.title')}
      </h2>
      <p className="nhsuk-body">{t('overview.respect.summary', { count: talked, total })}</p>
      <dl className="nhsuk-summary-list">
        {coverage.headings.map((h) => (
          <div className="nhsuk-summary-list__row" key={h.headingId} data-heading={h.headingId}>
            <dt className="nhsuk-summary-list__key">
              {t(`respect:headings.${h.headingId}`)}
              <span className="app-respect__count">
                {t('overview.respect.headingCount', { count: h.talkedAbout, total: h.total })}
              </span>
            </dt>
            <dd className="nhsuk-summary-list__value">
              <ul className="nhsuk-list app-respect__items">
                {h.items.map((item) => (
                  <li key={item.itemId}>
                    <span className="app-respect__item">{t(`respect:items.${item.itemId}`)}</span>
                    <span className="nhsuk-body-s app-respect__state">
                      {item.talkedAbout && item.lastTalkedAboutAt
                        ? t('overview.respect.talkedAbout', { when: when(item.lastTalkedAboutAt) })
                        : item.status === 'not-relevant-today'
                          ? t('overview.respect.notRelevant')
                          : t('overview.respect.notYet')}
                    </span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
