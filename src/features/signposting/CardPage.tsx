/**
 * The young person's signposting card (issue #9 item 4), opened from a QR code, a shared
 * link or the member of staff's screen. Everything it shows is in the link's fragment
 * (card-code.ts): no account, no store and no network, so it opens offline once the app
 * is on the phone. A damaged or changed link says so plainly and offers Childline.
 *
 * The resources are the printable slip (print CSS in signposting.scss: black on white,
 * the app's frame hidden); the QR code is printed too, so a paper slip can become a link.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../ui/usePageTitle';
import { decodeCard } from './card-code';
import { CardResourceItem } from './CardResourceItem';
import { KeepCard } from './KeepCard';
import './signposting.scss';

const CARD_NAMESPACES = ['signposting-card', 'common'] as const;

export function CardPage() {
  const { t } = useTranslation(CARD_NAMESPACES);
  const { hash } = useLocation();
  const card = useMemo(() => decodeCard(hash), [hash]);
  const title = card.ok
    ? t('title')
    : card.problem === 'empty'
      ? t('emptyTitle')
      : t('brokenTitle');
  usePageTitle(title, t('common:appName'));

  if (!card.ok) {
    return (
      <div className="app-signposting-card">
        <h1 className="nhsuk-heading-l" tabIndex={-1}>
          {title}
        </h1>
        <p className="nhsuk-body">{card.problem === 'empty' ? t('empty') : t('broken')}</p>
        <p className="nhsuk-body">{t('brokenHelp')}</p>
        <p className="nhsuk-body">
          <a className="app-signposting__link" href="tel:08001111">
            {t('call', { phone: '0800 1111' })}
          </a>
        </p>
      </div>
    );
  }

  return (
    <div className="app-signposting-card">
      <div className="app-signposting-card__slip" data-testid="card-slip">
        <h1 className="nhsuk-heading-l" tabIndex={-1}>
          {title}
        </h1>
        <p className="nhsuk-body">{t('intro')}</p>
        <ul className="nhsuk-list app-signposting-card__list">
          {card.resources.map((resource, index) => (
            <CardResourceItem key={`${index}-${resource.name}`} resource={resource} />
          ))}
        </ul>
        <p className="nhsuk-body app-signposting-card__emergency">
          <strong>{t('emergency')}</strong>
        </p>
      </div>
      <KeepCard />
      <p className="nhsuk-body app-no-print">
        <Link to="/support">{t('startAgain')}</Link>
      </p>
    </div>
  );
}
