import { useTranslation } from 'react-i18next';
import { telHref } from '../../content/crisis-contacts';
import { displayPhone } from '../../ui/safety-plan/phone-display';
import { hostOf, type EntryView } from './entry-view';
import { SIGNPOSTING_NAMESPACES } from './namespaces';

/**
 * One suggested resource for the member of staff: what it is, who it is for, how to reach
 * it, whether the young person can contact it themselves (or how to refer), cost, hours
 * and languages, as an NHS.UK summary list. Links are built from checked data only
 * (tel: from digits, http(s) addresses), so nothing in a record can become script.
 */
export function ResourceDetails({ view }: { view: EntryView }) {
  const { t } = useTranslation(SIGNPOSTING_NAMESPACES);
  return (
    <>
      <p className="nhsuk-body">{view.description}</p>
      <dl className="nhsuk-summary-list app-signposting__details">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('suggestions.whoFor')}</dt>
          <dd className="nhsuk-summary-list__value">
            {t('suggestions.ages', { min: view.minAge, max: view.maxAge })}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('suggestions.howToReach')}</dt>
          <dd className="nhsuk-summary-list__value">
            <ul className="nhsuk-list app-signposting__reach">
              {view.phone && (
                <li>
                  <a className="app-signposting__link" href={telHref(view.phone)}>
                    {t('suggestions.call', { phone: displayPhone(view.phone) })}
                  </a>
                </li>
              )}
              {view.url && (
                <li>
                  <a
                    className="app-signposting__link"
                    href={view.url}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    {t('suggestions.website', { host: hostOf(view.url) })}
                  </a>
                </li>
              )}
              {view.email && (
                <li>
                  <a className="app-signposting__link" href={`mailto:${view.email}`}>
                    {t('suggestions.email', { email: view.email })}
                  </a>
                </li>
              )}
              {view.walkIn ? (
                <li>
                  {view.address
                    ? t('suggestions.walkIn', { address: view.address })
                    : t('suggestions.walkInNoAddress')}
                </li>
              ) : (
                view.address && <li>{t('suggestions.address', { address: view.address })}</li>
              )}
              {view.selfReferral !== undefined && (
                <li>
                  {view.selfReferral
                    ? t('suggestions.selfReferralYes')
                    : t('suggestions.selfReferralNo')}
                </li>
              )}
            </ul>
          </dd>
        </div>
        {view.howToRefer && (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t('suggestions.howToRefer')}</dt>
            <dd className="nhsuk-summary-list__value">{view.howToRefer}</dd>
          </div>
        )}
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('suggestions.cost')}</dt>
          <dd className="nhsuk-summary-list__value">{t(`suggestions.costs.${view.cost}`)}</dd>
        </div>
        {view.openingHours && (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t('suggestions.hours')}</dt>
            <dd className="nhsuk-summary-list__value">{view.openingHours}</dd>
          </div>
        )}
        {view.languages.length > 0 && (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t('suggestions.languages')}</dt>
            <dd className="nhsuk-summary-list__value">{view.languages.join(', ')}</dd>
          </div>
        )}
      </dl>
    </>
  );
}
