import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '../../ui/Spinner';
import { useOnlineStatus } from '../../ui/useOnlineStatus';
import { adminFailureMessage, isForbidden } from './admin-failure';
import { AddUserView } from './AddUserView';
import { ChangeUserView } from './ChangeUserView';
import { NotAdmin } from './NotAdmin';
import { OfflineNotice } from './OfflineNotice';
import { UsersTable } from './UsersTable';
import { useStaffList } from './useStaffList';

/**
 * The admin screens. Which one shows is in the address (?view=add, ?user=<id>), so the
 * browser's back button works; all share one list of users fetched from the server.
 */
export function ManageUsers({ selfId }: { selfId: string }) {
  const { t } = useTranslation('admin');
  const online = useOnlineStatus();
  const [params] = useSearchParams();
  const { list, put } = useStaffList(online);

  if (list.state === 'failed' && isForbidden(list.failure)) return <NotAdmin />;

  const offline = !online && <OfflineNotice />;
  const selectedId = params.get('user');
  if (params.get('view') === 'add') {
    return (
      <>
        {offline}
        <AddUserView online={online} onAdded={put} />
      </>
    );
  }
  const selected =
    selectedId && list.state === 'loaded' ? list.users.find((u) => u.id === selectedId) : undefined;
  if (selected) {
    return (
      <>
        {offline}
        <ChangeUserView user={selected} online={online} onChanged={put} />
      </>
    );
  }

  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('title')}
      </h1>
      {offline}
      {selectedId && list.state === 'loaded' && (
        <p className="nhsuk-body" role="alert">
          {t('change.notFound')}
        </p>
      )}
      <p className="nhsuk-body">{t('lead')}</p>
      {online ? (
        <Link to={{ search: '?view=add' }} className="nhsuk-button" data-testid="add-user">
          {t('list.add')}
        </Link>
      ) : (
        <button type="button" className="nhsuk-button" disabled>
          {t('list.add')}
        </button>
      )}
      <section aria-labelledby="users-heading">
        <h2 className="nhsuk-heading-m" id="users-heading">
          {t('list.title')}
        </h2>
        {list.state === 'loading' && online && <Loading label={t('list.loading')} />}
        {list.state === 'failed' && (online || list.failure.kind !== 'offline') && (
          <p className="nhsuk-body" role="alert">
            {t('problems.loadFailed')} {adminFailureMessage(list.failure, t)}
            {list.failure.kind === 'unauthorised' && (
              <>
                {' '}
                <Link to="/sign-in">{t('problems.signInAgain')}</Link>
              </>
            )}
          </p>
        )}
        {list.state === 'loaded' &&
          (list.users.length === 0 ? (
            <p className="nhsuk-body">{t('list.empty')}</p>
          ) : (
            <UsersTable users={list.users} selfId={selfId} />
          ))}
      </section>
    </>
  );
}
