/**
 * What the agreed grouping asks for (THRIVE.md §1), with the reason said on screen:
 * - Getting Help / Getting More Help: the agreement at the outset (what a good outcome
 *   looks like, how likely by when, what will happen if things don't get better);
 * - Getting Advice and Signposting: the invitation to come back, in editable words;
 * - no grouping agreed yet: a note that the agreement comes once it is, and a link to
 *   the grouping part of the session.
 * Thriving and Getting Risk Support ask for neither here (risk support has its safety plan).
 */
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OUTCOME_LIKELIHOODS, type Grouping } from '../../../domain';
import { TextField } from '../../../ui/form/TextField';
import { sessionPath } from '../session-part';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { needsComeBack, needsOutcomeAgreement, type SummaryFormValues } from './summary-form';
import { fieldId } from './summary-problems';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';

export interface AgreementSectionProps {
  form: UseFormReturn<SummaryFormValues>;
  grouping: Grouping | undefined;
  caseId: string;
  sessionId: string;
  message: (
    field: 'successLooksLike' | 'likelihood' | 'byWhen' | 'ifNotBetter' | 'comeBack',
  ) => string | undefined;
  errorPrefix: string;
}

export function AgreementSection(props: AgreementSectionProps) {
  const { t } = useTranslation('session-summary');
  const { form, grouping, message, errorPrefix } = props;
  const groupingName = grouping ? t(`groupings.${grouping}`) : undefined;

  if (grouping === undefined) {
    return (
      <section className="app-summary-section" aria-labelledby={fieldId('agreement-heading')}>
        <h2 className="nhsuk-heading-s" id={fieldId('agreement-heading')}>
          {t('agreement.heading')}
        </h2>
        <div className="nhsuk-inset-text">
          <p>{t('agreement.notAgreed')}</p>
          <p>
            <Link to={sessionPath(props.caseId, props.sessionId, 'grouping')}>
              {t('agreement.agreeGrouping')}
            </Link>
          </p>
        </div>
      </section>
    );
  }

  if (needsComeBack(grouping)) {
    return (
      <section className="app-summary-section" aria-labelledby={fieldId('comeBack-heading')}>
        <h2 className="nhsuk-heading-s" id={fieldId('comeBack-heading')}>
          {t('comeBack.heading')}
        </h2>
        <p className="nhsuk-body">{t('agreement.grouping', { grouping: groupingName })}</p>
        <p className="nhsuk-body">{t('comeBack.why')}</p>
        <TextAreaField
          id={fieldId('comeBack')}
          label={t('comeBack.label')}
          hint={t('comeBack.hint')}
          error={message('comeBack')}
          errorPrefix={errorPrefix}
          rows={3}
          {...form.register('comeBack')}
        />
      </section>
    );
  }

  if (!needsOutcomeAgreement(grouping)) return null;

  const likelihoodError = message('likelihood');
  const byWhenError = message('byWhen');
  const groupError = likelihoodError ?? byWhenError;
  const likelihoodHintId = fieldId('likelihood', 'error');
  return (
    <section className="app-summary-section" aria-labelledby={fieldId('agreement-heading')}>
      <h2 className="nhsuk-heading-s" id={fieldId('agreement-heading')}>
        {t('agreement.heading')}
      </h2>
      <p className="nhsuk-body">{t('agreement.grouping', { grouping: groupingName })}</p>
      <p className="nhsuk-body">{t('agreement.why', { grouping: groupingName })}</p>
      <TextAreaField
        id={fieldId('successLooksLike')}
        label={t('agreement.successLooksLike')}
        hint={t('agreement.successLooksLikeHint')}
        error={message('successLooksLike')}
        errorPrefix={errorPrefix}
        rows={3}
        {...form.register('successLooksLike')}
      />
      <div className={`nhsuk-form-group${groupError ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            {t('agreement.likelihoodLegend')}
          </legend>
          <div className={`nhsuk-form-group${likelihoodError ? ' nhsuk-form-group--error' : ''}`}>
            <fieldset
              className="nhsuk-fieldset"
              aria-describedby={likelihoodError ? likelihoodHintId : undefined}
            >
              <legend className="nhsuk-fieldset__legend">{t('agreement.likelihood')}</legend>
              {likelihoodError && (
                <ErrorMessage id={likelihoodHintId} prefix={errorPrefix}>
                  {likelihoodError}
                </ErrorMessage>
              )}
              <div className="nhsuk-radios nhsuk-radios--inline">
                {OUTCOME_LIKELIHOODS.map((value) => (
                  <div className="nhsuk-radios__item" key={value}>
                    <input
                      className="nhsuk-radios__input"
                      id={fieldId('likelihood', value)}
                      type="radio"
                      value={value}
                      {...form.register('likelihood')}
                    />
                    <label
                      className="nhsuk-label nhsuk-radios__label"
                      htmlFor={fieldId('likelihood', value)}
                    >
                      {t(`likelihoods.${value}`)}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <TextField
            id={fieldId('byWhen')}
            label={t('agreement.byWhen')}
            error={byWhenError}
            errorPrefix={errorPrefix}
            type="date"
            className="nhsuk-input--width-10"
            {...form.register('byWhen')}
          />
        </fieldset>
      </div>
      <TextAreaField
        id={fieldId('ifNotBetter')}
        label={t('agreement.ifNotBetter')}
        hint={t('agreement.ifNotBetterHint')}
        error={message('ifNotBetter')}
        errorPrefix={errorPrefix}
        rows={3}
        {...form.register('ifNotBetter')}
      />
    </section>
  );
}
