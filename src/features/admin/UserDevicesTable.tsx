import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format-date';
import { CellHeading, ResponsiveTable } from '../../ui/ResponsiveTable';
import type { UserDevice } from './admin-api';

export interface UserDevicesTableProps {
  devices: UserDevice[];
  /** No connection or a call in flight: the buttons wait. */
  disabled: boolean;
  onSignOut: (device: UserDevice) => void;
  /** Each button, so focus can go back to it when the person changes their mind. */
  buttonRef: (sessionId: string, button: HTMLButtonElement | null) => void;
}

/** What a device is called on screen: its own label, or plain words when it gave none. */
export function useDeviceName() {
  const { t } = useTranslation('admin');
  return (device: UserDevice) => device.deviceLabel?.trim() || t('devices.unnamed');
}

/**
 * A colleague's signed-in devices in NHS.UK's responsive table, like the list of users:
 * columns on wide screens, a card per device on a phone.
 */
export function UserDevicesTable({
  devices,
  disabled,
  onSignOut,
  buttonRef,
}: UserDevicesTableProps) {
  const { t, i18n } = useTranslation('admin');
  const nameOf = useDeviceName();
  const when = (iso: string | null | undefined) =>
    iso ? formatDateTime(iso, i18n.language) : t('devices.notUsed');
  const columns = {
    device: t('devices.device'),
    signedIn: t('devices.signedIn'),
    lastUsed: t('devices.lastUsed'),
    action: t('list.action'),
  };
  return (
    <ResponsiveTable
      caption={t('devices.title')}
      headers={Object.values(columns)}
      testId="user-devices-table"
    >
      {devices.map((device) => (
        <tr className="nhsuk-table__row" key={device.id} data-testid={`device-${device.id}`}>
          <th scope="row" className="nhsuk-table__header">
            <CellHeading>{columns.device}</CellHeading>
            <span>{nameOf(device)}</span>
          </th>
          <td className="nhsuk-table__cell">
            <CellHeading>{columns.signedIn}</CellHeading>
            <span>{when(device.createdAt)}</span>
          </td>
          <td className="nhsuk-table__cell">
            <CellHeading>{columns.lastUsed}</CellHeading>
            <span>{when(device.lastSeenAt)}</span>
          </td>
          <td className="nhsuk-table__cell">
            <CellHeading>{columns.action}</CellHeading>
            {device.current ? (
              // Signing out the device in hand is done from Your account, which looks
              // after its unsent changes first; not from here.
              <span data-testid="this-device">{t('devices.thisDevice')}</span>
            ) : (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
                disabled={disabled}
                ref={(button) => buttonRef(device.id, button)}
                onClick={() => onSignOut(device)}
              >
                {t('devices.signOut')}
                <span className="nhsuk-u-visually-hidden">
                  {' '}
                  {t('devices.signOutHidden', { device: nameOf(device) })}
                </span>
              </button>
            )}
          </td>
        </tr>
      ))}
    </ResponsiveTable>
  );
}
