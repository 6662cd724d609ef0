import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CellHeading, ResponsiveTable } from '../../ui/ResponsiveTable';
import type { StaffUser } from './admin-api';
import { statusOf, type StaffStatus } from './user-status';
import { useRoleNames } from './useRoleNames';

const TAG_COLOUR: Record<StaffStatus, string> = {
  active: 'nhsuk-tag--green',
  awaiting: 'nhsuk-tag--yellow',
  deactivated: 'nhsuk-tag--grey',
};

export interface UsersTableProps {
  users: StaffUser[];
  /** The signed-in administrator, marked "(you)". */
  selfId: string;
}

/** The organisation's staff, a row each, in the admin lists' responsive table. */
export function UsersTable({ users, selfId }: UsersTableProps) {
  const { t } = useTranslation('admin');
  const roleNames = useRoleNames();
  const columns = {
    name: t('list.name'),
    email: t('list.email'),
    roles: t('list.roles'),
    status: t('list.status'),
    action: t('list.action'),
  };
  return (
    <ResponsiveTable
      caption={t('list.title')}
      headers={Object.values(columns)}
      testId="users-table"
    >
      {users.map((user) => {
        const status = statusOf(user);
        return (
          <tr className="nhsuk-table__row" key={user.id} data-testid={`user-${user.id}`}>
            <th scope="row" className="nhsuk-table__header">
              <CellHeading>{columns.name}</CellHeading>
              <span>
                {user.displayName}
                {user.id === selfId && <> {t('list.you')}</>}
              </span>
            </th>
            <td className="nhsuk-table__cell app-users-table__email">
              <CellHeading>{columns.email}</CellHeading>
              <span>{user.email ?? t('list.noEmail')}</span>
            </td>
            <td className="nhsuk-table__cell">
              <CellHeading>{columns.roles}</CellHeading>
              <span>{roleNames(user.roles)}</span>
            </td>
            <td className="nhsuk-table__cell">
              <CellHeading>{columns.status}</CellHeading>
              <strong className={`nhsuk-tag ${TAG_COLOUR[status]}`}>{t(`status.${status}`)}</strong>
            </td>
            <td className="nhsuk-table__cell">
              <CellHeading>{columns.action}</CellHeading>
              <Link
                to={{ search: `?user=${encodeURIComponent(user.id)}` }}
                className="app-users-table__change"
              >
                {t('list.change')}
                <span className="nhsuk-u-visually-hidden">
                  {' '}
                  {t('list.changeHidden', { name: user.displayName })}
                </span>
              </Link>
            </td>
          </tr>
        );
      })}
    </ResponsiveTable>
  );
}
