/**
 * On the admin page: the service's own settings, kept in the organisation record (which
 * syncs to every device in the organisation, so it is saved here offline like any record).
 * Its name and ODS code, the language new accounts start in, and after how many weeks an
 * active goal that nobody has rated is flagged on practitioners' caseloads (issue #6: "6
 * weeks (configurable)"). With no organisation record yet, saving makes one.
 */
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { localStore, useOrganisation } from '../../../db';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Loading } from '../../../ui/Spinner';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/TextField';
import { domainResolver } from '../../../ui/form/domain-resolver';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import { useWordedProblems } from '../../../ui/form/useWordedProblems';
import {
  SERVICE_FIELDS,
  SERVICE_LANGUAGES,
  organisationData,
  serviceFormFrom,
  serviceFormSchema,
  type ServiceFormValues,
} from './service-settings-form';

const ID = 'service';

export function ServiceSettings() {
  const { t } = useTranslation(['admin', 'account', 'common', 'validation']);
  const organisation = useOrganisation();
  // Here, not in the form: saving changes the record, which refills (remounts) the form.
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby={`${ID}-heading`} className="nhsuk-u-margin-top-7">
      <h2 className="nhsuk-heading-m" id={`${ID}-heading`}>
        {t('service.heading')}
      </h2>
      <p className="nhsuk-body">{t('service.lead')}</p>
      {saved && (
        <NotificationBanner title={t('service.saved')} variant="success" live>
          <p className="nhsuk-body">{t('service.savedText')}</p>
        </NotificationBanner>
      )}
      {organisation === undefined ? (
        <Loading label={t('common:loading')} />
      ) : (
        // Keyed by the record's version, so a change synced from elsewhere refills the form.
        <ServiceSettingsForm
          key={organisation ? `${organisation.id}:${organisation.updatedAt}` : 'new'}
          organisationId={organisation?.id}
          initial={serviceFormFrom(organisation)}
          setSaved={setSaved}
        />
      )}
    </section>
  );
}

function ServiceSettingsForm({
  organisationId,
  initial,
  setSaved,
}: {
  organisationId: string | undefined;
  initial: ServiceFormValues;
  setSaved: (saved: boolean) => void;
}) {
  const { t } = useTranslation(['admin', 'account', 'common', 'validation']);
  const form = useForm<ServiceFormValues>({
    resolver: domainResolver(serviceFormSchema as unknown as z.ZodType<ServiceFormValues>),
    defaultValues: initial,
  });
  const problems = useWordedProblems<ServiceFormValues, (typeof SERVICE_FIELDS)[number]>(
    'admin',
    SERVICE_FIELDS,
    ID,
    form.formState.errors,
  );
  const [failure, setFailure] = useState<string>();
  const { isDirty } = form.formState;
  useEffect(() => {
    if (isDirty) setSaved(false);
  }, [isDirty, setSaved]);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const data = organisationData(values);
      if (organisationId) {
        await localStore().records.update('organisation', organisationId, {
          ...data,
          // An ODS code removed in the form is cleared on the record.
          odsCode: data.odsCode,
        });
      } else {
        await localStore().records.create('organisation', null, data);
      }
      setSaved(true);
    } catch (error) {
      setFailure(saveFailureMessage(error, t));
    }
  });

  const errorPrefix = t('account:errorPrefix');
  const field = (name: (typeof SERVICE_FIELDS)[number]) => ({
    id: `${ID}-${name}`,
    label: t(`service.${name}`),
    error: problems.fieldMessage(name),
    errorPrefix,
    ...form.register(name),
  });
  const languageError = problems.fieldMessage('defaultLanguage');

  return (
    <>
      <ErrorSummary
        title={problems.summaryTitle}
        items={[...problems.summary, ...(failure ? [{ message: failure }] : [])]}
        focusKey={form.formState.submitCount}
      />
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="service-settings">
        <TextField {...field('name')} autoComplete="organization" />
        <TextField
          {...field('odsCode')}
          hint={t('service.odsCodeHint')}
          className="nhsuk-input--width-10"
          spellCheck={false}
        />
        <div className={`nhsuk-form-group${languageError ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label" htmlFor={`${ID}-defaultLanguage`}>
            {t('service.defaultLanguage')}
          </label>
          {languageError && (
            <ErrorMessage id={`${ID}-defaultLanguage-error`} prefix={errorPrefix}>
              {languageError}
            </ErrorMessage>
          )}
          <select
            id={`${ID}-defaultLanguage`}
            className="nhsuk-select"
            aria-describedby={languageError ? `${ID}-defaultLanguage-error` : undefined}
            {...form.register('defaultLanguage')}
          >
            {SERVICE_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(`service.languages.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          {...field('goalNotRatedWeeks')}
          hint={t('service.goalNotRatedWeeksHint')}
          className="nhsuk-input--width-2"
          inputMode="numeric"
        />
        <button type="submit" className="nhsuk-button" disabled={form.formState.isSubmitting}>
          {t('service.save')}
        </button>
      </form>
    </>
  );
}
