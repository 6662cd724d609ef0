import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { QrCode } from '../../ui/QrCode';

type ShareResult = 'copied' | 'copyFailed' | undefined;

/**
 * Ways to keep the card: a QR code of this very page (drawn on the device), print, and
 * share (the phone's share sheet where there is one, otherwise copy the link). The link
 * is the whole card, so sharing it shares nothing else.
 */
export function KeepCard() {
  const { t } = useTranslation('signposting-card');
  const [result, setResult] = useState<ShareResult>();
  const { hash } = useLocation();
  // Built from the route, not the address bar, so it is always the card's own address.
  const link = `${window.location.origin}/support/card${hash}`;

  const share = async () => {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: t('shareTitle'), url: link });
        return;
      } catch (error) {
        // The person closed the share sheet: nothing to say.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(link);
      setResult('copied');
    } catch {
      setResult('copyFailed');
    }
  };

  return (
    <section className="app-signposting-card__keep" aria-labelledby="card-keep">
      <h2 className="nhsuk-heading-m app-no-print" id="card-keep">
        {t('keepTitle')}
      </h2>
      <p className="nhsuk-body app-no-print">{t('keepIntro')}</p>
      <QrCode className="app-signposting-card__qr" value={link} label={t('qrLabel')} />
      <div className="app-signposting__actions app-no-print">
        <button type="button" className="nhsuk-button" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => void share()}
        >
          {typeof navigator.share === 'function' ? t('share') : t('copy')}
        </button>
      </div>
      <p className="nhsuk-body app-no-print" role="status">
        {result ? t(result) : ''}
      </p>
    </section>
  );
}
