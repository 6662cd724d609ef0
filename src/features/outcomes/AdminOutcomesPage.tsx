import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiFailure } from '../../app/account/api';
import { useSignedInAccount } from '../../db';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { Loading } from '../../ui/Spinner';
import { useOnlineStatus } from '../../ui/useOnlineStatus';
import { usePageTitle } from '../../ui/usePageTitle';
import { fetchOrganisationOutcomes, type OrganisationOutcomes } from './outcomes-api';
import { OutcomesFigures } from './OutcomesFigures';
import { ReliableChangeExplained } from './ReliableChangeExplained';

type Fetched =
  | { state: 'loading' }
  | { state: 'loaded'; value: OrganisationOutcomes }
  | { state: 'failed'; failure: ApiFailure };

/** The date and time the server worked the figures out, in the page's language. */
function when(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * "Outcomes across the service" (issue #6 item 6), at /admin/outcomes: the same figures as
 * the practitioner's page, over every case in the organisation, worked out by the server
 * (GET /api/admin/outcomes). Needs a connection: offline it says so plainly. Fetched when
 * the page opens and again when the connection comes back; nothing is kept on the device.
 */
export function AdminOutcomesPage() {
  const { t, i18n } = useTranslation(['outcomes', 'common']);
  usePageTitle(t('admin.title'), t('common:appName'));
  const account = useSignedInAccount();
  const online = useOnlineStatus();
  const isAdmin = account?.roles.includes('admin') === true;
  const [fetched, setFetched] = useState<Fetched>({ state: 'loading' });

  const load = useCallback(async () => {
    setFetched({ state: 'loading' });
    const result = await fetchOrganisationOutcomes();
    setFetched(
      result.ok
        ? { state: 'loaded', value: result.value }
        : { state: 'failed', failure: result.failure },
    );
  }, []);

  useEffect(() => {
    if (online && isAdmin) void load();
  }, [online, isAdmin, load]);

  const header = (
    <>
      <p className="nhsuk-body">
        <Link to="/admin">{t('admin.back')}</Link>
      </p>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        <span className="nhsuk-caption-l">{t('admin.caption')}</span>
        {t('admin.title')}
      </h1>
    </>
  );

  if (account === undefined) return null;
  const forbidden =
    fetched.state === 'failed' &&
    (fetched.failure.kind === 'unauthorised' ||
      (fetched.failure.kind === 'invalid' && fetched.failure.key === 'forbidden'));
  if (!isAdmin || forbidden) {
    return (
      <>
        {header}
        <p className="nhsuk-body" data-testid="outcomes-not-admin">
          {t('admin.notAdmin')}
        </p>
        <p className="nhsuk-body">
          <Link to="/sign-in">{t('admin.signIn')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      {header}
      {!online && (
        <NotificationBanner title={t('admin.offlineTitle')} live>
          <p className="nhsuk-body" data-testid="outcomes-offline">
            {t('admin.offline')}
          </p>
        </NotificationBanner>
      )}
      <p className="nhsuk-body">{t('admin.lead')}</p>
      {fetched.state === 'loading' && online && <Loading label={t('admin.loading')} />}
      {fetched.state === 'failed' && (online || fetched.failure.kind !== 'offline') && (
        <div data-testid="outcomes-failed">
          <p className="nhsuk-body">{t('admin.failed')}</p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => void load()}
          >
            {t('admin.retry')}
          </button>
        </div>
      )}
      {fetched.state === 'loaded' && (
        <>
          <OutcomesFigures outcomes={fetched.value.outcomes} empty={t('admin.empty')} />
          <p className="nhsuk-body-s" data-testid="outcomes-source">
            {t('admin.source', { time: when(fetched.value.computedAt, i18n.language) })}
          </p>
        </>
      )}
      <ReliableChangeExplained />
    </>
  );
}
