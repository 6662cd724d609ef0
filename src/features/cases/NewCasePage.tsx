import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { localStore } from '../../db';
import { usePageTitle } from '../../ui/usePageTitle';
import { CaseForm } from './CaseForm';
import { caseDataFrom, emptyCaseForm, newCaseFormSchema } from './case-form';
import { saveFailureMessage } from '../../ui/form/save-failure';
import './cases.scss';

/** Opening a case: saved on this device at once, sent to the server when it can be. */
export function NewCasePage() {
  const { t } = useTranslation(['cases', 'common', 'validation']);
  usePageTitle(t('newCase.title'), t('common:appName'));
  const navigate = useNavigate();
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('newCase.title')}
      </h1>
      <p className="nhsuk-body">{t('newCase.lead')}</p>
      <CaseForm
        idPrefix="new-case"
        schema={newCaseFormSchema}
        defaultValues={emptyCaseForm()}
        withConsent
        submitLabel={t('newCase.submit')}
        describeFailure={(error) => saveFailureMessage(error, t)}
        onSave={async (values) => {
          // A new record has nothing to clear: leave out the optional fields left empty.
          const data = Object.fromEntries(
            Object.entries(caseDataFrom(values)).filter(([, v]) => v !== undefined),
          );
          const created = await localStore().records.createCase({
            ...data,
            consentToRecord: true,
            status: 'open',
          });
          navigate(`/practitioner/cases/${created.id}`);
        }}
      />
    </>
  );
}
