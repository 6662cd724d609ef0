/**
 * "If you need help now": the crisis lines, first on the safety plan (issue #7 item 2),
 * as big tap-to-call and tap-to-text links.
 *
 * Design choice: this part never depends on the plan. It has its own error boundary whose
 * fallback is the bundled UK lines in English (the words ship inside this chunk), so even
 * if the organisation's list or the reader's words cannot be loaded, the numbers show.
 */
import { useTranslation } from 'react-i18next';
import enCrisisWords from '../../../../locales/en-GB/crisis-contacts.json';
import { bundledCrisisContacts, type CrisisLineWords } from '../../../content/crisis-contacts';
import { useCrisisContacts } from '../../../db/safety-plans';
import { CrisisContactList } from '../../../ui/safety-plan/CrisisContactList';
import { PartBoundary } from '../../../ui/safety-plan/PartBoundary';
import { Loading } from '../../../ui/Spinner';

const english = (enCrisisWords as { contacts: Record<string, CrisisLineWords> }).contacts;

/** The bundled lines in English: what shows if anything else fails. */
function bundledInEnglish() {
  return bundledCrisisContacts((id) => english[id] ?? { name: id, description: '', hours: '' });
}

export function HelpNow() {
  const { t } = useTranslation('my-safety-plan');
  return (
    <section aria-labelledby="help-now-heading" data-testid="help-now">
      <h2 className="nhsuk-heading-l" id="help-now-heading">
        {t('helpNow.title')}
      </h2>
      <p className="nhsuk-body">{t('helpNow.lead')}</p>
      <PartBoundary
        fallback={() => <CrisisContactList contacts={bundledInEnglish()} headingLevel={3} />}
      >
        <LiveContacts />
      </PartBoundary>
    </section>
  );
}

function LiveContacts() {
  const { t } = useTranslation('common');
  const contacts = useCrisisContacts();
  if (contacts === undefined) return <Loading label={t('loading')} />;
  return (
    <CrisisContactList
      contacts={contacts.length > 0 ? contacts : bundledInEnglish()}
      headingLevel={3}
    />
  );
}
