import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
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

/**
 * NHS.UK's responsive table: a real table with column headers on wide screens; below the
 * desktop breakpoint each row stacks into a card, with each cell's header repeated in a
 * label (hidden from screen readers, who still get the table's own headers).
 */
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
  const label = (text: string) => (
    <span className="nhsuk-table__heading" aria-hidden="true">
      {text}{' '}
    </span>
  );
  return (
    <table
      className="nhsuk-table nhsuk-table--responsive app-users-table"
      data-testid="users-table"
    >
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{t('list.title')}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          {Object.values(columns).map((text) => (
            <th scope="col" className="nhsuk-table__header" key={text}>
              {text}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {users.map((user) => {
          const status = statusOf(user);
          return (
            <tr className="nhsuk-table__row" key={user.id} data-testid={`user-${user.id}`}>
              <th scope="row" className="nhsuk-table__header">
                {label(columns.name)}
                <span>
                  {user.displayName}
                  {user.id === selfId && <> {t('list.you')}</>}
                </span>
              </th>
              <td className="nhsuk-table__cell app-users-table__email">
                {label(columns.email)}
                <span>{user.email ?? t('list.noEmail')}</span>
              </td>
              <td className="nhsuk-table__cell">
                {label(columns.roles)}
                <span>{roleNames(user.roles)}</span>
              </td>
              <td className="nhsuk-table__cell">
                {label(columns.status)}
                <strong className={`nhsuk-tag ${TAG_COLOUR[status]}`}>
                  {t(`status.${status}`)}
                </strong>
              </td>
              <td className="nhsuk-table__cell">
                {label(columns.action)}
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
      </tbody>
    </table>
  );
}
