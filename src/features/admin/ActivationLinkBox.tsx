import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ActivationLinkBoxProps {
  name: string;
  /** The server's path (`/activate#code=…`), shown as a full address. */
  link: string;
  expiresAt: string;
}

/**
 * A one-time activation link as the admin passes it on: the full address to copy, when it
 * stops working, and how to hand it over. The server keeps only a hash of it, so it is
 * shown once; a lost link is replaced with a new one from the person's account page.
 */
export function ActivationLinkBox({ name, link, expiresAt }: ActivationLinkBoxProps) {
  const { t, i18n } = useTranslation('admin');
  const [copy, setCopy] = useState<'copied' | 'failed'>();
  const url = new URL(link, window.location.origin).href;
  const expires = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(new Date(expiresAt));

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="activation-link">
          {t('created.linkLabel', { name })}
        </label>
        <textarea
          className="nhsuk-input app-activation-link"
          id="activation-link"
          readOnly
          rows={3}
          value={url}
          dir="ltr"
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby="activation-link-expiry"
        />
      </div>
      <p className="nhsuk-body" id="activation-link-expiry">
        {t('created.expires', { when: expires })}
      </p>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() => void copyLink()}
      >
        {t('created.copy')}
      </button>
      <p className="nhsuk-body" role="status">
        {copy === 'copied' && t('created.copied')}
        {copy === 'failed' && t('created.copyFailed')}
      </p>
      <p className="nhsuk-body">{t('created.pass', { name })}</p>
    </>
  );
}
