import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSignedInAccount } from '../../db';
import { usePageTitle } from '../../ui/usePageTitle';
import { ManageUsers } from './ManageUsers';
import { CrisisContactsLink } from './crisis-contacts/CrisisContactsLink';
import { DirectoryLink } from './directory/DirectoryLink';
import { NotAdmin } from './NotAdmin';
import { OptionGridsLink } from './option-grids/OptionGridsLink';
import { ServiceSettings } from './service-settings/ServiceSettings';
import { SignpostingCountsLink } from './signposting-counts/SignpostingCountsLink';
import './admin.scss';

/**
 * /admin: administrators manage their organisation's staff accounts and the service's own
 * settings, and find the organisation's content (option grids, crisis lines). Anyone else is told
 * plainly that it needs an administrator. The roles here are the ones saved at sign-in;
 * the server checks them again on every call.
 */
export function AdminPage() {
  const { t } = useTranslation(['admin', 'common', 'outcomes']);
  usePageTitle(t('title'), t('common:appName'));
  const account = useSignedInAccount();
  const [params] = useSearchParams();
  if (account === undefined) return null;
  if (account === null || !account.roles.includes('admin')) return <NotAdmin />;
  // Adding or changing a user (?view=add, ?user=<id>) is a screen of its own.
  if (params.has('view') || params.has('user')) return <ManageUsers selfId={account.userId} />;
  return (
    <>
      <ManageUsers selfId={account.userId} />
      <OptionGridsLink />
      <CrisisContactsLink />
      <DirectoryLink />
      <SignpostingCountsLink />
      <p className="nhsuk-body">
        <Link to="/admin/outcomes" data-testid="outcomes-link">
          {t('outcomes:admin.link')}
        </Link>
      </p>
      <ServiceSettings />
    </>
  );
}
