import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localStore } from '../../../db';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import { SECTIONS, sectionsOf, type Sections } from '../../../domain/carer-sharing';
import type { CarerSharing } from './use-sharing';

/**
 * The young person's choice for one carer: four ticks and Save. The first save creates
 * the carer's sharing-settings record; later saves update that record, so there stays one
 * per carer. Saved on this phone (works offline); the carer's phone changes when it next
 * syncs, and the server checks it too.
 *
 * The ticks start from the saved choice and then belong to the person until they save:
 * a sync arriving while they are choosing does not undo their ticks.
 */
export function CarerSharingForm({
  caseId,
  carer,
  level,
}: {
  caseId: string;
  carer: CarerSharing;
  level: 2 | 3;
}) {
  const { t } = useTranslation(['my-sharing', 'common', 'validation']);
  const [sections, setSections] = useState<Sections>(() => sectionsOf(carer.settings));
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const Heading = level === 2 ? 'h2' : 'h3';
  const idBase = `sharing-${carer.userId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setFailure(undefined);
    try {
      const { records } = localStore();
      if (carer.settings) {
        await records.update('sharing-settings', carer.settings.id, {
          sections,
          decidedBy: 'young-person',
        });
      } else {
        await records.create('sharing-settings', caseId, {
          carerUserId: carer.userId,
          sections,
          decidedBy: 'young-person',
        });
      }
      setSaved(true);
    } catch (error) {
      setFailure(saveFailureMessage(error, t));
    } finally {
      setSaving(false);
    }
  };

  const toggle = (section: keyof Sections, checked: boolean) => {
    setSaved(false);
    setSections((s) => ({ ...s, [section]: checked }));
  };

  return (
    <div className="nhsuk-card" data-testid="sharing-form">
      <div className="nhsuk-card__content">
        <Heading className="nhsuk-card__heading nhsuk-heading-m">
          {t('form.heading', { name: carer.relationship })}
        </Heading>
        <ErrorSummary
          title={t('form.problem')}
          items={failure ? [{ fieldId: idBase, message: failure }] : []}
        />
        <form onSubmit={(e) => void submit(e)} noValidate>
          <div className="nhsuk-form-group">
            <fieldset className="nhsuk-fieldset">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                {t('form.legend', { name: carer.relationship })}
              </legend>
              <div className="nhsuk-hint">{t('form.hint', { name: carer.relationship })}</div>
              <div className="nhsuk-checkboxes">
                {SECTIONS.map((s, i) => {
                  const id = i === 0 ? idBase : `${idBase}-${s}`;
                  return (
                    <div className="nhsuk-checkboxes__item" key={s}>
                      <input
                        className="nhsuk-checkboxes__input"
                        id={id}
                        type="checkbox"
                        checked={sections[s]}
                        onChange={(e) => toggle(s, e.target.checked)}
                        aria-describedby={`${id}-hint`}
                      />
                      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
                        {t(`section.${s}.label`)}
                      </label>
                      <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${id}-hint`}>
                        {t(`section.${s}.hint`)}
                      </div>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          </div>
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {t('form.save', { name: carer.relationship })}
          </button>
        </form>
        <div role="status">
          {saved && (
            <p className="nhsuk-body nhsuk-u-margin-bottom-0" data-testid="sharing-saved">
              {t('form.saved', { name: carer.relationship })}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
