/**
 * OurPlan is locked (issue #10 item 2): the passcode unlocks, with the growing delays of
 * passcode.ts; it works with no network. "I have forgotten my passcode" explains the way
 * back (sign in again online; nothing waiting to be sent is lost) and leads there.
 * Young people and carers also see the crisis lines, and a young person who kept their
 * safety plan open sees the way to it, so the lock never stands between them and help.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isFamilyRole, readSafetyPlanOpen } from '../../db/lock-settings';
import { localStore, type SignedInAccount } from '../../db';
import { HelpNow } from '../../features/my-plan/safety-plan/HelpNow';
import { EnterPasscodeForm } from '../../ui/passcode/EnterPasscodeForm';
import { usePageTitle } from '../../ui/usePageTitle';
import { SAFETY_PLAN_PATH } from './lock-state';

export function UnlockScreen({ account }: { account: SignedInAccount }) {
  const { t } = useTranslation(['lock', 'passcode', 'common', 'my-safety-plan']);
  const [forgotten, setForgotten] = useState(false);
  const [planOpen, setPlanOpen] = useState(false);
  const family = isFamilyRole(account.roles) && !account.roles.includes('practitioner');
  usePageTitle(forgotten ? t('lock:forgotten.title') : t('lock:locked.title'), t('common:appName'));

  useEffect(() => {
    let current = true;
    void readSafetyPlanOpen(localStore().db, account.userId).then((open) => {
      if (current) setPlanOpen(open && account.roles.includes('young-person'));
    });
    return () => {
      current = false;
    };
  }, [account]);

  if (forgotten) {
    return (
      <section aria-labelledby="forgotten-heading">
        <h1 className="nhsuk-heading-l" id="forgotten-heading">
          {t('lock:forgotten.title')}
        </h1>
        <p className="nhsuk-body">{t('lock:forgotten.explain')}</p>
        <p className="nhsuk-body">{t('lock:forgotten.unsentKept')}</p>
        <p className="nhsuk-body">{t('lock:forgotten.needsConnection')}</p>
        <div className="app-banner__actions">
          <Link className="nhsuk-button" to={family ? '/sign-in/family' : '/sign-in'}>
            {t('lock:forgotten.signIn')}
          </Link>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => setForgotten(false)}
          >
            {t('lock:forgotten.back')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <>
      {planOpen && (
        <p className="nhsuk-body">
          <Link className="nhsuk-button app-lock__plan" to={SAFETY_PLAN_PATH}>
            {t('lock:locked.openPlan')}
          </Link>
        </p>
      )}
      <EnterPasscodeForm
        userId={account.userId}
        purpose="lock"
        check={async (passcode) => {
          const { unlock } = await import('./lock-runtime');
          return unlock(passcode);
        }}
        onDone={() => undefined /* the frame shows the screen asked for once unlocked */}
        onForgotten={() => setForgotten(true)}
      />
      <p className="nhsuk-body" data-testid="locked-for">
        {t('lock:locked.for', { name: account.displayName })}
      </p>
      {family && <HelpNow />}
    </>
  );
}
