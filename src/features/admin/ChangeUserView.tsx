import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotificationBanner } from '../../ui/NotificationBanner';
import type { StaffUser } from './admin-api';
import { AccessSection } from './AccessSection';
import { RolesForm } from './RolesForm';
import { statusOf } from './user-status';
import { UserDevicesSection } from './UserDevicesSection';
import { useFocusHeading } from './useFocusHeading';

export interface ChangeUserViewProps {
  user: StaffUser;
  online: boolean;
  onChanged: (user: StaffUser) => void;
}

/** One user's account: their details, their roles, and whether they can sign in. */
export function ChangeUserView({ user, online, onChanged }: ChangeUserViewProps) {
  const { t } = useTranslation('admin');
  const headingRef = useFocusHeading<HTMLHeadingElement>(user.id);
  // What the last change did, said once it worked (the forms say their own failures).
  const [done, setDone] = useState<string>();
  const changed = (updated: StaffUser, message: string) => {
    onChanged(updated);
    setDone(message);
  };
  const status = statusOf(user);
  return (
    <>
      <p className="nhsuk-body">
        <Link to={{ search: '' }}>{t('change.back')}</Link>
      </p>
      <h1 className="nhsuk-heading-l" tabIndex={-1} ref={headingRef}>
        {t('change.title', { name: user.displayName })}
      </h1>
      {done && <NotificationBanner title={done} variant="success" live />}
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('list.email')}</dt>
          <dd className="nhsuk-summary-list__value app-users-table__email">
            {user.email ?? t('list.noEmail')}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('list.status')}</dt>
          <dd className="nhsuk-summary-list__value" data-testid="user-status">
            {t(`status.${status}`)}
          </dd>
        </div>
      </dl>
      <RolesForm
        user={user}
        online={online}
        onSaved={(updated) => changed(updated, t('change.rolesSaved'))}
        onStart={() => setDone(undefined)}
      />
      <AccessSection
        user={user}
        online={online}
        onChanged={(updated) =>
          changed(
            updated,
            updated.active
              ? t('change.reactivated', { name: updated.displayName })
              : t('change.deactivated', { name: updated.displayName }),
          )
        }
        onStart={() => setDone(undefined)}
      />
      <UserDevicesSection user={user} online={online} onStart={() => setDone(undefined)} />
    </>
  );
}
