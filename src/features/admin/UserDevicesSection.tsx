import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { Loading } from '../../ui/Spinner';
import { revokeUserDevice, type StaffUser, type UserDevice } from './admin-api';
import { adminFailureMessage } from './admin-failure';
import { UserDevicesTable, useDeviceName } from './UserDevicesTable';
import { useUserDevices } from './useUserDevices';

export interface UserDevicesSectionProps {
  user: StaffUser;
  online: boolean;
  /** A new action began: the page's earlier success message no longer applies. */
  onStart: () => void;
}

/** Where focus goes after the next render (a new object each time, so it moves again). */
type FocusTarget = { on: 'heading' } | { on: 'confirm' } | { on: 'device'; id: string };

/**
 * Where a colleague is signed in, each device with a way to sign it out: for the tablet
 * left in a clinic room or the phone that was lost (issue #10 item 4). Signing out ends
 * the session on the server at once; the device removes OurPlan's data when it next
 * connects. It asks first, since the colleague may be using that device right now.
 */
export function UserDevicesSection({ user, online, onStart }: UserDevicesSectionProps) {
  const { t } = useTranslation('admin');
  const nameOf = useDeviceName();
  const { list, reload, remove } = useUserDevices(user.id, online, user.active);
  const [confirming, setConfirming] = useState<UserDevice>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [done, setDone] = useState<string>();

  // Focus follows the question and its answer, as the buttons pressed disappear.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusNext, setFocusNext] = useState<FocusTarget>();
  useEffect(() => {
    if (!focusNext) return;
    if (focusNext.on === 'heading') headingRef.current?.focus();
    else if (focusNext.on === 'confirm') confirmRef.current?.focus();
    else buttons.current.get(focusNext.id)?.focus();
  }, [focusNext]);

  function ask(device: UserDevice) {
    onStart();
    setFailure(undefined);
    setDone(undefined);
    setConfirming(device);
    setFocusNext({ on: 'confirm' });
  }

  function cancel() {
    const device = confirming;
    setConfirming(undefined);
    setFocusNext(device ? { on: 'device', id: device.id } : { on: 'heading' });
  }

  async function signOut(device: UserDevice) {
    setBusy(true);
    setFailure(undefined);
    const result = await revokeUserDevice(user.id, device.id);
    setBusy(false);
    setConfirming(undefined);
    setFocusNext({ on: 'heading' });
    if (result.ok) {
      remove(device.id);
      setDone(t('devices.signedOut', { device: nameOf(device) }));
    } else if (result.failure.kind === 'invalid' && result.failure.key === 'not_found') {
      // Already gone (it signed out, expired, or another administrator got there first).
      remove(device.id);
      setDone(t('devices.alreadyGone', { device: nameOf(device) }));
    } else {
      setFailure(adminFailureMessage(result.failure, t));
      return;
    }
    void reload();
  }

  const name = user.displayName;
  return (
    <section aria-labelledby="devices-heading" data-testid="user-devices">
      <h2 className="nhsuk-heading-m" id="devices-heading" tabIndex={-1} ref={headingRef}>
        {t('devices.title')}
      </h2>
      <p className="nhsuk-body">{t('devices.lead', { name })}</p>
      {done && <NotificationBanner title={done} variant="success" live />}
      {failure && (
        <div className="nhsuk-error-summary" role="alert" aria-labelledby="devices-error-title">
          <p className="nhsuk-error-summary__title" id="devices-error-title">
            {failure}
          </p>
        </div>
      )}
      {list.state === 'loading' &&
        (online ? (
          <Loading label={t('devices.loading')} />
        ) : (
          <p className="nhsuk-body" data-testid="devices-offline">
            {t('devices.offline', { name })}
          </p>
        ))}
      {list.state === 'failed' && (
        <div role="alert">
          <p className="nhsuk-body">
            {t('devices.loadFailed')} {adminFailureMessage(list.failure, t)}
            {list.failure.kind === 'unauthorised' && (
              <>
                {' '}
                <Link to="/sign-in">{t('problems.signInAgain')}</Link>
              </>
            )}
          </p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            disabled={!online}
            onClick={() => void reload()}
          >
            {t('devices.retry')}
          </button>
        </div>
      )}
      {list.state === 'loaded' && list.devices.length === 0 && (
        <p className="nhsuk-body">{t('devices.none', { name })}</p>
      )}
      {list.state === 'loaded' && list.devices.length > 0 && (
        <UserDevicesTable
          devices={list.devices}
          disabled={!online || busy || confirming !== undefined}
          onSignOut={ask}
          buttonRef={(id, button) => {
            if (button) buttons.current.set(id, button);
            else buttons.current.delete(id);
          }}
        />
      )}
      {confirming && (
        <div className="nhsuk-warning-callout" role="alert" tabIndex={-1} ref={confirmRef}>
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">{t('devices.confirmTitle', { device: nameOf(confirming) })}</span>
          </h3>
          <p className="nhsuk-body">{t('devices.confirmBody')}</p>
          <div className="app-banner__actions">
            <button
              type="button"
              className="nhsuk-button nhsuk-button--warning"
              disabled={!online || busy}
              onClick={() => void signOut(confirming)}
            >
              {t('devices.confirm')}
            </button>
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={cancel}>
              {t('devices.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
