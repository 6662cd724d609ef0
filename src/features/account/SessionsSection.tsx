import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listSessions, revokeSession, type AccountSession } from '../../app/account/sessions';
import { NotificationBanner } from '../../ui/NotificationBanner';

/** The devices this person is signed in on, each of which they can sign out from here. */
export function SessionsSection() {
  const { t, i18n } = useTranslation('account');
  const [sessions, setSessions] = useState<AccountSession[] | 'offline'>();
  const [revoked, setRevoked] = useState(false);

  const load = useCallback(() => {
    void listSessions().then((r) => setSessions(r.ok ? r.value : 'offline'));
  }, []);
  useEffect(load, [load]);

  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );

  async function revoke(id: string) {
    const result = await revokeSession(id);
    if (result.ok) setRevoked(true);
    load();
  }

  return (
    <section aria-labelledby="sessions-heading">
      <h2 className="nhsuk-heading-m" id="sessions-heading">
        {t('account.sessionsTitle')}
      </h2>
      {revoked && <NotificationBanner title={t('account.revoked')} variant="success" live />}
      {sessions === 'offline' && <p className="nhsuk-body">{t('account.sessionsOffline')}</p>}
      {Array.isArray(sessions) && (
        <dl className="nhsuk-summary-list">
          {sessions.map((s) => (
            <div className="nhsuk-summary-list__row" key={s.id}>
              <dt className="nhsuk-summary-list__key">
                {s.current ? t('account.thisDevice') : (s.deviceLabel ?? '—')}
              </dt>
              <dd className="nhsuk-summary-list__value">
                {t('account.lastUsed', { when: when(s.lastUsedAt) })}
              </dd>
              <dd className="nhsuk-summary-list__actions">
                {!s.current && (
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
                    onClick={() => void revoke(s.id)}
                  >
                    {t('account.revoke')}
                  </button>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
