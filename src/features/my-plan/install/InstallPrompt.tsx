import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptInstallOffer, useInstallOffer } from '../../../ui/install-offer';

/** Where "Not now" is remembered on this device (a preference, nothing about the person). */
const LATER_KEY = 'ourplan:install-later';
/** After "Not now", the offer comes back after this long: the reason to install stays. */
const LATER_FOR_MS = 30 * 24 * 60 * 60 * 1000;

function laterUntil(): number {
  try {
    return Number(window.localStorage.getItem(LATER_KEY) ?? 0);
  } catch {
    return 0;
  }
}

function rememberLater(now: number): void {
  try {
    window.localStorage.setItem(LATER_KEY, String(now + LATER_FOR_MS));
  } catch {
    // Storage refused (private mode): the card simply shows again next time.
  }
}

/**
 * "Keep your plan on your phone" on My plan (issue #8 item 8): when the browser offers to
 * install the app, say why first — the plan, and the safety plan above all, then opens
 * from the home screen even with no signal — and only then show the browser's own dialog.
 * Nothing shows when the browser makes no offer or the app is installed already.
 */
export function InstallPrompt() {
  const { t } = useTranslation('homes');
  const offered = useInstallOffer();
  const [later, setLater] = useState(() => laterUntil() > Date.now());
  if (!offered || later) return null;
  return (
    <div className="nhsuk-inset-text" data-testid="install-prompt">
      <h2 className="nhsuk-heading-s">{t('myPlan.install.title')}</h2>
      <p className="nhsuk-body">{t('myPlan.install.why')}</p>
      <div className="nhsuk-button-group nhsuk-u-margin-bottom-0">
        <button
          type="button"
          className="nhsuk-button nhsuk-u-margin-bottom-0"
          onClick={() => void acceptInstallOffer()}
        >
          {t('myPlan.install.add')}
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
          onClick={() => {
            rememberLater(Date.now());
            setLater(true);
          }}
        >
          {t('myPlan.install.later')}
        </button>
      </div>
    </div>
  );
}
