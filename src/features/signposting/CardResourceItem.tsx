import { useTranslation } from 'react-i18next';
import { telHref } from '../../content/crisis-contacts';
import { displayPhone } from '../../ui/safety-plan/phone-display';
import type { CardResource } from './card-code';
import { hostOf } from './entry-view';

/**
 * One resource on the card, in the young person's words: what it is, how to reach it
 * (tap to call, the website), whether they can go themselves, hours and cost. The data
 * came through the link, already checked (card-code.ts): links are tel: from digits or
 * http(s) only.
 */
export function CardResourceItem({ resource }: { resource: CardResource }) {
  const { t } = useTranslation('signposting-card');
  return (
    <li className="app-signposting-card__resource" data-testid="card-resource">
      <h2 className="nhsuk-heading-s">
        {resource.name}
        {resource.example && (
          <>
            {' '}
            <strong className="nhsuk-tag nhsuk-tag--yellow">{t('example')}</strong>
          </>
        )}
      </h2>
      {resource.example && <p className="nhsuk-body-s">{t('exampleNote')}</p>}
      {resource.description && <p className="nhsuk-body">{resource.description}</p>}
      <ul className="nhsuk-list app-signposting__reach">
        {resource.phone && (
          <li>
            <a className="app-signposting__link" href={telHref(resource.phone)}>
              {t('call', { phone: displayPhone(resource.phone) })}
            </a>
          </li>
        )}
        {resource.url && (
          <li>
            <a
              className="app-signposting__link"
              href={resource.url}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('website', { host: hostOf(resource.url) })}
            </a>
          </li>
        )}
        {resource.email && (
          <li>
            <a className="app-signposting__link" href={`mailto:${resource.email}`}>
              {t('email', { email: resource.email })}
            </a>
          </li>
        )}
        {resource.address && <li>{t('address', { address: resource.address })}</li>}
        {resource.walkIn && <li>{t('walkIn')}</li>}
        {resource.selfReferral !== undefined && (
          <li>{resource.selfReferral ? t('selfReferralYes') : t('selfReferralNo')}</li>
        )}
      </ul>
      <dl className="nhsuk-summary-list app-signposting__details">
        {resource.howToRefer && (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t('howToRefer')}</dt>
            <dd className="nhsuk-summary-list__value">{resource.howToRefer}</dd>
          </div>
        )}
        {resource.openingHours && (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t('hours')}</dt>
            <dd className="nhsuk-summary-list__value">{resource.openingHours}</dd>
          </div>
        )}
        {resource.cost && (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t('cost')}</dt>
            <dd className="nhsuk-summary-list__value">{t(`costs.${resource.cost}`)}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}
