/**
 * Sharing the safety plan with named people, only with consent, recorded (issue #7 item
 * 4): who the plan is shared with now, withdrawing a consent, and recording a new one.
 *
 * Design choices:
 * - Usually the young person gives consent. The practitioner can decide instead (a
 *   safeguarding concern, or the young person cannot decide), and then must write why:
 *   the reason field appears when that is chosen, and the form refuses without it.
 * - Withdrawing sets `withdrawnOn` (today) on the consent's record; the record stays, so
 *   who could see the plan, and when, is never lost. Withdrawn consents are listed apart.
 * - The form keeps a draft (`safety-plan-share:<plan>`).
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { localStore } from '../../../db';
import {
  CONSENT_GIVERS,
  SHARE_RELATIONSHIPS,
  activeShares,
  type AnyRecord,
  type ShareInput,
} from '../../../domain';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Loading } from '../../../ui/Spinner';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { TextField } from '../../../ui/form/TextField';
import { domainResolver } from '../../../ui/form/domain-resolver';
import { useWordedProblems } from '../../../ui/form/useWordedProblems';
import { formatCalendarDate, todayOnDevice } from '../../../ui/format-date';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import { useFormDraft } from '../use-form-draft';
import {
  SHARE_FIELDS,
  emptyShareForm,
  shareDataFrom,
  shareFormSchema,
  type ShareFormValues,
} from './safety-plan-forms';

const ID = 'share';

interface SharingSectionProps {
  caseId: string;
  planId: string;
  shares: readonly AnyRecord[];
}

export function SharingSection({ caseId, planId, shares }: SharingSectionProps) {
  const { t, i18n } = useTranslation(['safety-plan', 'account']);
  const [problem, setProblem] = useState<string>();
  const date = (d: unknown) => formatCalendarDate(String(d), i18n.language);
  // In force today (the domain's rule); the rest that were withdrawn are listed apart.
  const current = activeShares(shares as unknown as (AnyRecord & ShareInput)[], todayOnDevice());
  const currentIds = new Set(current.map((s) => s.id));
  const withdrawn = shares.filter((s) => Boolean(s['withdrawnOn']) && !currentIds.has(s.id));

  const withdraw = async (share: AnyRecord) => {
    setProblem(undefined);
    try {
      const today = todayOnDevice();
      const consentOn = String(share['consentOn']);
      await localStore().records.update('safety-plan-share', share.id, {
        withdrawnOn: today < consentOn ? consentOn : today,
      });
    } catch (error) {
      setProblem(saveFailureMessage(error, t));
    }
  };

  const describe = (s: AnyRecord) =>
    t('share.who', {
      name: String(s['personName']),
      relationship: t(`share.relationships.${String(s['relationship'])}`),
    });
  const consent = (s: AnyRecord) =>
    s['consentGivenBy'] === 'practitioner'
      ? t('share.decidedByPractitioner', {
          date: date(s['consentOn']),
          reason: String(s['reason'] ?? ''),
        })
      : t('share.consentByYoungPerson', { date: date(s['consentOn']) });

  return (
    <section
      className="app-safety-plan-editor__section"
      aria-labelledby={`${ID}-heading`}
      data-testid="plan-sharing"
    >
      <h2 className="nhsuk-heading-m" id={`${ID}-heading`}>
        {t('share.heading')}
      </h2>
      <p className="nhsuk-body">{t('share.lead')}</p>
      {problem && (
        <ErrorMessage role="alert" prefix={t('account:errorPrefix')}>
          {problem}
        </ErrorMessage>
      )}
      <h3 className="nhsuk-heading-s">{t('share.currentHeading')}</h3>
      {current.length === 0 ? (
        <p className="nhsuk-body">{t('share.none')}</p>
      ) : (
        <ul className="nhsuk-list app-safety-plan-editor__items" data-testid="current-shares">
          {current.map((s) => (
            <li key={s.id} className="app-safety-plan-editor__item">
              <p className="nhsuk-body nhsuk-u-margin-bottom-1">
                <strong>{describe(s)}</strong>
              </p>
              <p className="nhsuk-body-s">{consent(s)}</p>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                onClick={() => void withdraw(s)}
              >
                {t('share.withdraw')}
                <span className="nhsuk-u-visually-hidden">{`: ${String(s['personName'])}`}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {withdrawn.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">{t('share.withdrawnHeading')}</h3>
          <ul className="nhsuk-list" data-testid="withdrawn-shares">
            {withdrawn.map((s) => (
              <li key={s.id}>
                {t('share.withdrawnOn', { who: describe(s), date: date(s['withdrawnOn']) })}
              </li>
            ))}
          </ul>
        </>
      )}
      <ShareForm caseId={caseId} planId={planId} />
    </section>
  );
}

function ShareForm({ caseId, planId }: { caseId: string; planId: string }) {
  const { t } = useTranslation(['safety-plan', 'account', 'common']);
  const [today] = useState(todayOnDevice);
  const [schema] = useState(() => shareFormSchema(today) as unknown as z.ZodType<ShareFormValues>);
  const form = useForm<ShareFormValues>({
    resolver: domainResolver(schema),
    // Checked again only on submit: a problem appearing while typing would move focus
    // to the error summary, out of the field being typed in.
    reValidateMode: 'onSubmit',
    defaultValues: emptyShareForm(today),
  });
  const draft = useFormDraft(form, `safety-plan-share:${planId}`, caseId);
  const problems = useWordedProblems<ShareFormValues, (typeof SHARE_FIELDS)[number]>(
    'safety-plan',
    SHARE_FIELDS,
    ID,
    form.formState.errors,
  );
  const [failure, setFailure] = useState<string>();
  const [added, setAdded] = useState<string>();
  const decidedBy = form.watch('consentGivenBy');

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await localStore().records.create('safety-plan-share', caseId, shareDataFrom(values, planId));
      setAdded(values.personName.trim());
      form.reset(emptyShareForm(todayOnDevice()));
      await draft.clear();
    } catch (error) {
      setFailure(saveFailureMessage(error, t));
    }
  });

  if (!draft.ready) return <Loading label={t('common:loading')} />;
  const errorPrefix = t('account:errorPrefix');
  const radios = (
    field: 'relationship' | 'consentGivenBy',
    values: readonly string[],
    words: string,
  ) => {
    const error = problems.fieldMessage(field);
    return (
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset
          className="nhsuk-fieldset"
          aria-describedby={error ? `${ID}-${field}-error` : undefined}
        >
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            {t(`share.form.${field}`)}
          </legend>
          {error && (
            <ErrorMessage id={`${ID}-${field}-error`} prefix={errorPrefix}>
              {error}
            </ErrorMessage>
          )}
          <div className="nhsuk-radios">
            {values.map((value, index) => {
              const inputId = index === 0 ? `${ID}-${field}` : `${ID}-${field}-${value}`;
              return (
                <div key={value} className="nhsuk-radios__item">
                  <input
                    className="nhsuk-radios__input"
                    id={inputId}
                    type="radio"
                    value={value}
                    {...form.register(field)}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={inputId}>
                    {t(`${words}.${value}`)}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
    );
  };
  return (
    <div className="app-safety-plan-add">
      <h3 className="nhsuk-heading-s">{t('share.form.heading')}</h3>
      <ErrorSummary
        title={problems.summaryTitle}
        items={[...problems.summary, ...(failure ? [{ message: failure }] : [])]}
        focusKey={form.formState.submitCount}
      />
      {draft.restored && (
        <NotificationBanner title={t('draftRestored')}>
          <p className="nhsuk-body">{t('draftRestoredText')}</p>
        </NotificationBanner>
      )}
      {added && !form.formState.isDirty && (
        <NotificationBanner title={t('share.added')} variant="success" live>
          <p className="nhsuk-body">{t('share.addedText', { name: added })}</p>
        </NotificationBanner>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          id={`${ID}-personName`}
          label={t('share.form.personName')}
          autoComplete="off"
          error={problems.fieldMessage('personName')}
          errorPrefix={errorPrefix}
          {...form.register('personName')}
        />
        {radios('relationship', SHARE_RELATIONSHIPS, 'share.relationships')}
        {radios('consentGivenBy', CONSENT_GIVERS, 'share.consentGivers')}
        {decidedBy === 'practitioner' && (
          <TextAreaField
            id={`${ID}-reason`}
            label={t('share.form.reason')}
            hint={t('share.form.reasonHint')}
            rows={3}
            error={problems.fieldMessage('reason')}
            errorPrefix={errorPrefix}
            {...form.register('reason')}
          />
        )}
        <TextField
          id={`${ID}-consentOn`}
          label={t('share.form.consentOn')}
          hint={t('agree.dateHint')}
          type="date"
          max={today}
          className="nhsuk-input--width-10"
          error={problems.fieldMessage('consentOn')}
          errorPrefix={errorPrefix}
          {...form.register('consentOn')}
        />
        <button
          type="submit"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={form.formState.isSubmitting}
        >
          {t('share.form.save')}
        </button>
      </form>
    </div>
  );
}
