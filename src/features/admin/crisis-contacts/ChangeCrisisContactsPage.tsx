/**
 * /admin/crisis-contacts/change: "Change the crisis lines for your area". The editor
 * starts from the organisation's list, or from the UK defaults (their words in the
 * admin's language) when the organisation has none yet.
 *
 * The editor is shown only once the device has been read, so it never starts from the
 * defaults while the organisation's own list is still loading.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../../ui/Spinner';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AdminOnly } from '../option-grids/AdminOnly';
import { CrisisListEditor } from './CrisisListEditor';
import { useOrganisationCrisisList } from './crisis-list-store';
import { useBundledCrisisList } from './useBundledCrisisList';
import '../admin.scss';
import './crisis-contacts.scss';

const BACK_TO = '/admin/crisis-contacts';

export function ChangeCrisisContactsPage() {
  const { t } = useTranslation(['admin-crisis-contacts', 'common']);
  usePageTitle(t('change.title'), t('common:appName'));
  return (
    <AdminOnly>
      <ChangeCrisisContacts />
    </AdminOnly>
  );
}

function ChangeCrisisContacts() {
  const { t } = useTranslation('admin-crisis-contacts');
  const own = useOrganisationCrisisList();
  const bundled = useBundledCrisisList();
  return (
    <>
      <Link to={BACK_TO} className="nhsuk-back-link">
        {t('backToList')}
      </Link>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('change.title')}
      </h1>
      {own === undefined ? (
        <Loading label={t('loading')} />
      ) : (
        <>
          <p className="nhsuk-body">{own ? t('change.fromOwn') : t('change.fromDefaults')}</p>
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">{t('inUse.noticeLabel')} </span>
            <p className="nhsuk-body">{t('change.reviewNotice')}</p>
          </div>
          <CrisisListEditor
            start={own ? own.current : bundled}
            existingId={own?.current.id}
            backTo={BACK_TO}
          />
        </>
      )}
    </>
  );
}
