import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivationLinkBox } from './ActivationLinkBox';
import { changeStaff, renewActivation, type RenewedActivation, type StaffUser } from './admin-api';
import { adminFailureMessage } from './admin-failure';
import { statusOf } from './user-status';

export interface AccessSectionProps {
  user: StaffUser;
  online: boolean;
  onChanged: (user: StaffUser) => void;
  onStart: () => void;
}

/**
 * Whether a colleague can sign in. Deactivating signs them out everywhere at once (the
 * server revokes their sessions), so it asks first; reactivating does not need to.
 */
export function AccessSection({ user, online, onChanged, onStart }: AccessSectionProps) {
  const { t } = useTranslation('admin');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const name = user.displayName;
  const status = statusOf(user);
  // Focus follows the question and its answer, as the buttons pressed disappear.
  const confirmRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const deactivateRef = useRef<HTMLButtonElement>(null);
  const [focusNext, setFocusNext] = useState<'confirm' | 'heading' | 'deactivate'>();
  useEffect(() => {
    if (!focusNext) return;
    const target = { confirm: confirmRef, heading: headingRef, deactivate: deactivateRef }[
      focusNext
    ];
    target.current?.focus();
  }, [focusNext, confirming, status]);

  // A replacement activation link, shown once, when the first was lost or ran out.
  const [renewed, setRenewed] = useState<RenewedActivation>();
  async function renew() {
    setBusy(true);
    setFailure(undefined);
    onStart();
    const result = await renewActivation(user.id);
    setBusy(false);
    if (result.ok) setRenewed(result.value);
    else setFailure(adminFailureMessage(result.failure, t));
  }

  async function setActive(active: boolean) {
    setBusy(true);
    setFailure(undefined);
    onStart();
    const result = await changeStaff(user.id, { active });
    setBusy(false);
    setConfirming(false);
    setFocusNext('heading');
    if (result.ok) onChanged(result.value);
    else setFailure(adminFailureMessage(result.failure, t));
  }

  return (
    <section aria-labelledby="access-heading">
      <h2 className="nhsuk-heading-m" id="access-heading" tabIndex={-1} ref={headingRef}>
        {t('change.accountTitle')}
      </h2>
      {failure && (
        <div className="nhsuk-error-summary" role="alert" aria-labelledby="access-error-title">
          <p className="nhsuk-error-summary__title" id="access-error-title">
            {failure}
          </p>
        </div>
      )}
      {status === 'awaiting' && (
        <>
          <p className="nhsuk-body">{t('change.awaiting', { name })}</p>
          {renewed ? (
            <ActivationLinkBox name={name} link={renewed.link} expiresAt={renewed.expiresAt} />
          ) : (
            <>
              <p className="nhsuk-body">{t('change.renewExplain')}</p>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                disabled={!online || busy}
                onClick={() => void renew()}
              >
                {t('change.renew')}
              </button>
            </>
          )}
        </>
      )}
      {status === 'deactivated' && (
        <>
          <p className="nhsuk-body">{t('change.inactiveExplain', { name })}</p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            disabled={!online || busy}
            onClick={() => void setActive(true)}
          >
            {t('change.reactivate')}
          </button>
        </>
      )}
      {status === 'active' && !confirming && (
        <>
          <p className="nhsuk-body">{t('change.activeExplain', { name })}</p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            disabled={!online || busy}
            ref={deactivateRef}
            onClick={() => {
              setConfirming(true);
              setFocusNext('confirm');
            }}
          >
            {t('change.deactivate')}
          </button>
        </>
      )}
      {status === 'active' && confirming && (
        <div className="nhsuk-warning-callout" role="alert" tabIndex={-1} ref={confirmRef}>
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">{t('change.confirmTitle')}</span>
          </h3>
          <p className="nhsuk-body">{t('change.confirmBody', { name })}</p>
          <div className="app-banner__actions">
            <button
              type="button"
              className="nhsuk-button nhsuk-button--warning"
              disabled={!online || busy}
              onClick={() => void setActive(false)}
            >
              {t('change.confirm')}
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => {
                setConfirming(false);
                setFocusNext('deactivate');
              }}
            >
              {t('change.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
