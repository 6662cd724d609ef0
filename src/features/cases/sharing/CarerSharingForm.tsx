import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localStore } from '../../../db';
import type { AnyRecord } from '../../../domain';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/form/ErrorSummary';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import { SECTIONS, sectionsOf, type Sections } from '../../../domain/carer-sharing';

type Decider = 'young-person' | 'practitioner';

/**
 * Setting one carer's sharing: who is deciding (the young person's own choice, made in
 * the session, or the practitioner's, with a reason), and the four sections. The first
 * save creates the carer's record, later saves update it. A problem keeps everything
 * typed and ticked, with the NHS error summary above.
 *
 * Recording the young person's choice clears any earlier reason: the reason explains a
 * practitioner's decision, and the young person's phone shows it.
 */
export function CarerSharingForm({
  caseId,
  youngPerson,
  relationship,
  carerUserId,
  settings,
}: {
  caseId: string;
  youngPerson: string;
  relationship: string;
  carerUserId: string;
  settings: AnyRecord | undefined;
}) {
  const { t } = useTranslation(['case-sharing', 'validation', 'common']);
  const base = `case-sharing-${carerUserId}`;
  const initialDecider = settings?.['decidedBy'];
  const [decider, setDecider] = useState<Decider | ''>(
    initialDecider === 'young-person' || initialDecider === 'practitioner' ? initialDecider : '',
  );
  const [sections, setSections] = useState<Sections>(() => sectionsOf(settings));
  const [reason, setReason] = useState(
    initialDecider === 'practitioner' ? String(settings?.['reason'] ?? '') : '',
  );
  const [errors, setErrors] = useState<{ who?: string; reason?: string; save?: string }>({});
  const [submits, setSubmits] = useState(0);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmits((n) => n + 1);
    setSaved(false);
    const found: typeof errors = {};
    if (decider === '') found.who = t('errors.chooseWho');
    if (decider === 'practitioner' && reason.trim() === '')
      found.reason = t('errors.reasonRequired', { name: youngPerson });
    setErrors(found);
    if (found.who || found.reason || decider === '') return;
    const data = {
      sections,
      decidedBy: decider,
      reason: decider === 'practitioner' ? reason.trim() : undefined,
    };
    try {
      const { records } = localStore();
      if (settings) {
        await records.update('sharing-settings', settings.id, data);
      } else {
        const { reason: why, ...rest } = data;
        await records.create('sharing-settings', caseId, {
          carerUserId,
          ...rest,
          ...(why !== undefined ? { reason: why } : {}),
        });
      }
      setSaved(true);
    } catch (error) {
      setErrors({ save: saveFailureMessage(error, t) });
    }
  };

  const summary: ErrorSummaryItem[] = [
    ...(errors.who ? [{ fieldId: `${base}-who-young-person`, message: errors.who }] : []),
    ...(errors.reason ? [{ fieldId: `${base}-reason`, message: errors.reason }] : []),
    ...(errors.save ? [{ message: errors.save }] : []),
  ];
  const errorPrefix = t('errorPrefix');

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="case-sharing-form">
      <h3 className="nhsuk-heading-s">{t('form.heading', { relationship })}</h3>
      <ErrorSummary title={t('errors.title')} items={summary} focusKey={submits} />
      <div className={`nhsuk-form-group${errors.who ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset
          className="nhsuk-fieldset"
          aria-describedby={errors.who ? `${base}-who-error` : undefined}
        >
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            {t('form.who')}
          </legend>
          {errors.who && (
            <ErrorMessage id={`${base}-who-error`} prefix={errorPrefix}>
              {errors.who}
            </ErrorMessage>
          )}
          <div className="nhsuk-radios">
            {(['young-person', 'practitioner'] as const).map((value) => (
              <div className="nhsuk-radios__item" key={value}>
                <input
                  className="nhsuk-radios__input"
                  id={`${base}-who-${value}`}
                  type="radio"
                  name={`${base}-who`}
                  value={value}
                  checked={decider === value}
                  onChange={() => {
                    setDecider(value);
                    setSaved(false);
                  }}
                  aria-describedby={`${base}-who-${value}-hint`}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${base}-who-${value}`}>
                  {t(`form.whoOption.${value}`, { name: youngPerson })}
                </label>
                <div className="nhsuk-hint nhsuk-radios__hint" id={`${base}-who-${value}-hint`}>
                  {t(`form.whoHint.${value}`, { name: youngPerson })}
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="nhsuk-form-group">
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            {t('form.sections', { relationship })}
          </legend>
          <div className="nhsuk-checkboxes">
            {SECTIONS.map((s) => (
              <div className="nhsuk-checkboxes__item" key={s}>
                <input
                  className="nhsuk-checkboxes__input"
                  id={`${base}-${s}`}
                  type="checkbox"
                  checked={sections[s]}
                  onChange={(e) => {
                    const checked = e.target.checked;
                    setSections((current) => ({ ...current, [s]: checked }));
                    setSaved(false);
                  }}
                  aria-describedby={`${base}-${s}-hint`}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${base}-${s}`}>
                  {t(`section.${s}.label`)}
                </label>
                <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${base}-${s}-hint`}>
                  {t(`section.${s}.hint`)}
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      {decider === 'practitioner' && (
        <TextAreaField
          id={`${base}-reason`}
          label={t('form.reason', { name: youngPerson })}
          hint={t('form.reasonHint', { name: youngPerson, relationship })}
          labelSize="s"
          rows={3}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setSaved(false);
          }}
          error={errors.reason}
          errorPrefix={errorPrefix}
        />
      )}
      <button className="nhsuk-button" type="submit">
        {t('form.save', { relationship })}
      </button>
      <div role="status">
        {saved && (
          <p className="nhsuk-body" data-testid="case-sharing-saved">
            {t('form.saved', { relationship })}
          </p>
        )}
      </div>
    </form>
  );
}
