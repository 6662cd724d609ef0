import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { sameValue, type AnyRecord, type CaseData } from '../../domain';
import { localStore, useRecord, type SeenClocks } from '../../db';
import { Loading } from '../../ui/Spinner';
import { usePageTitle } from '../../ui/usePageTitle';
import { CaseForm } from './CaseForm';
import { caseDataFrom, caseDetailsFormSchema, caseFormFrom } from './case-form';
import { saveFailureMessage } from '../../ui/form/save-failure';
import { CaseNotFound } from './CaseNotFound';
import './cases.scss';

/**
 * Changing a case's details. Only the fields that changed are written, each with the
 * version the practitioner was looking at (`seen`), so an edit on another device to a
 * different field merges cleanly, and an edit to the same field is kept as a conflict
 * rather than lost.
 */
export function EditCasePage() {
  const { t } = useTranslation(['cases', 'common', 'validation']);
  const { caseId } = useParams();
  const record = useRecord('case', caseId);
  usePageTitle(
    record ? t('editCase.title', { name: String(record.preferredName) }) : t('case.notFound'),
    t('common:appName'),
  );

  if (record === undefined) return <Loading label={t('common:loading')} />;
  if (record === null || record.deleted) {
    return <CaseNotFound />;
  }
  return <EditCaseForm record={record} />;
}

function EditCaseForm({ record }: { record: AnyRecord }) {
  const { t } = useTranslation(['cases', 'common', 'validation']);
  const navigate = useNavigate();
  // The versions on screen when the form opened, kept while it is open: if a sync brings
  // another device's change meanwhile, this edit must not claim to have seen it.
  const [opened] = useState(() => ({
    seen: Object.fromEntries(
      Object.entries(record.clock).map(([field, clock]) => [field, [clock]]),
    ) as SeenClocks,
    values: record as Record<string, unknown>,
  }));
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('editCase.title', { name: String(record.preferredName) })}
      </h1>
      <CaseForm
        idPrefix="edit-case"
        schema={caseDetailsFormSchema}
        defaultValues={caseFormFrom(record as unknown as Partial<CaseData>)}
        withNextReview
        submitLabel={t('editCase.submit')}
        describeFailure={(error) => saveFailureMessage(error, t)}
        onSave={async (values) => {
          const changes = Object.fromEntries(
            Object.entries(caseDataFrom(values)).filter(
              ([field, value]) => !sameValue(value, opened.values[field]),
            ),
          );
          if (Object.keys(changes).length > 0) {
            await localStore().records.update('case', record.id, changes, opened.seen);
          }
          navigate(`/practitioner/cases/${record.id}`);
        }}
      />
    </>
  );
}
