import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceCard } from '../ui/ChoiceCard';
import { usePageTitle } from '../ui/usePageTitle';
import { NotificationBanner } from '../ui/NotificationBanner';
import { takeWipedNote } from './lock/lock-state';
import { probablySignedIn } from './sync/signed-in-flag';

// Loaded only when someone is signed in on this device: it reads the local store, which
// the shell itself does not load (see StartScreenLink's doc comment).
const SafetyPlanLink = lazy(() => import('../features/my-plan/safety-plan/StartScreenLink'));

/**
 * Who is using OurPlan? Each person goes to their own home. A young person or carer whose
 * phone holds their safety plan gets "My safety plan" first, one tap from here.
 */
export function StartScreen() {
  const { t } = useTranslation(['start', 'common', 'lock']);
  usePageTitle('', t('common:appName'));
  // Said once: this device was emptied because its session was revoked elsewhere (#10).
  const [wiped] = useState(takeWipedNote);
  return (
    <>
      {wiped && (
        <NotificationBanner title={t('lock:wiped.title')} live>
          <p className="nhsuk-body">{t('lock:wiped.body')}</p>
        </NotificationBanner>
      )}
      <h1 className="nhsuk-heading-xl" tabIndex={-1}>
        {t('title')}
      </h1>
      {probablySignedIn() && (
        <Suspense fallback={null}>
          <SafetyPlanLink />
        </Suspense>
      )}
      <p className="nhsuk-lede-text">{t('lead')}</p>
      <h2 className="nhsuk-heading-l">{t('question')}</h2>
      <ul className="app-choice-list">
        <li>
          <ChoiceCard
            to="/practitioner"
            title={t('practitioner.title')}
            description={t('practitioner.description')}
            headingLevel={3}
          />
        </li>
        <li>
          <ChoiceCard
            to="/my-plan"
            title={t('youngPerson.title')}
            description={t('youngPerson.description')}
            headingLevel={3}
          />
        </li>
        <li>
          <ChoiceCard
            to="/support"
            title={t('school.title')}
            description={t('school.description')}
            headingLevel={3}
          />
        </li>
      </ul>
      <p className="nhsuk-body app-emergency">{t('common:emergency')}</p>
    </>
  );
}
