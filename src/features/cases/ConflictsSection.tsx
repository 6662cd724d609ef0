import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hlcToIso } from '../../domain';
import { localStore, useCaseConflicts, useSignedInAccount, type FieldConflict } from '../../db';
import { formatDateTime } from '../../ui/format-date';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { fieldLabel } from './field-label';
import { saveFailureMessage } from '../../ui/form/save-failure';
import { ErrorMessage } from '../../ui/form/ErrorMessage';

interface Version {
  value: unknown;
  clock: string;
  by: string;
}

/**
 * Fields saved differently on two devices while they were offline (DESIGN.md §5: the
 * merge keeps both). The practitioner sees every version with who saved it and when,
 * and keeps one or combines them; that choice is a change like any other, synced to
 * every device, after which the conflict is gone everywhere.
 */
export function ConflictsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const conflicts = useCaseConflicts(caseId);
  const [saved, setSaved] = useState(false);
  if (!conflicts || (conflicts.length === 0 && !saved)) return null;
  return (
    <section aria-labelledby="conflicts-title" data-testid="conflicts">
      {saved && <NotificationBanner title={t('conflicts.resolved')} variant="success" live />}
      {conflicts.length > 0 && (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label" id="conflicts-title">
            <span role="text">{t('conflicts.title')}</span>
          </h2>
          <p className="nhsuk-body">{t('conflicts.lead')}</p>
          {conflicts.map((conflict) => (
            <ConflictForm
              key={`${conflict.record.id}-${conflict.field}`}
              conflict={conflict}
              onSaved={() => setSaved(true)}
            />
          ))}
        </div>
      )}
    </section>
  );
}

function ConflictForm({ conflict, onSaved }: { conflict: FieldConflict; onSaved: () => void }) {
  const { t, i18n } = useTranslation(['cases', 'common', 'validation', 'account']);
  const account = useSignedInAccount();
  const versions: Version[] = [conflict.current, ...conflict.others];
  const allText = versions.every((v) => typeof v.value === 'string' || v.value === undefined);
  const [choice, setChoice] = useState<string>();
  const [combined, setCombined] = useState(() =>
    versions
      .map((v) => (typeof v.value === 'string' ? v.value : ''))
      .filter((v) => v !== '')
      .join('\n'),
  );
  const [problem, setProblem] = useState<string>();
  const id = `conflict-${conflict.record.id}-${conflict.field}`;
  const fieldName = fieldLabel(conflict.field, t);

  const show = (value: unknown): string => {
    if (value === undefined || value === null || value === '') return t('conflicts.empty');
    if (conflict.field === 'ageBand' && typeof value === 'string') return t(`ageBands.${value}`);
    if (Array.isArray(value)) {
      return value
        .map((v) =>
          v && typeof v === 'object' && 'name' in v
            ? `${String(v.name)} (${String((v as { relationship?: unknown }).relationship ?? '')})`
            : String(v),
        )
        .join(', ');
    }
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
  const who = (v: Version) =>
    t(v.by === account?.userId ? 'conflicts.by.you' : 'conflicts.by.other', {
      when: formatDateTime(hlcToIso(v.clock), i18n.language),
    });

  const save = async () => {
    setProblem(undefined);
    if (choice === undefined) {
      setProblem(t('conflicts.chooseOne'));
      return;
    }
    const value = choice === 'combine' ? combined.trim() : versions[Number(choice)]?.value;
    try {
      await localStore().records.resolveConflict(
        conflict.kind,
        conflict.record.id,
        conflict.field,
        value === '' ? undefined : value,
      );
      onSaved();
    } catch (error) {
      setProblem(saveFailureMessage(error, t));
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className={`nhsuk-form-group${problem ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset className="nhsuk-fieldset" aria-describedby={problem ? `${id}-error` : undefined}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            {t('conflicts.field', { field: fieldName })}
          </legend>
          {problem && (
            <ErrorMessage id={`${id}-error`} prefix={t('account:errorPrefix')} role="alert">
              {problem}
            </ErrorMessage>
          )}
          <div className="nhsuk-radios">
            {versions.map((v, index) => (
              <div className="nhsuk-radios__item" key={v.clock}>
                <input
                  className="nhsuk-radios__input"
                  id={`${id}-${index}`}
                  name={id}
                  type="radio"
                  value={String(index)}
                  checked={choice === String(index)}
                  onChange={() => setChoice(String(index))}
                  aria-describedby={`${id}-${index}-hint`}
                />
                <label
                  className="nhsuk-label nhsuk-radios__label app-conflict-version"
                  htmlFor={`${id}-${index}`}
                >
                  {show(v.value)}
                </label>
                <div className="nhsuk-hint nhsuk-radios__hint" id={`${id}-${index}-hint`}>
                  {who(v)}
                  {index === 0 ? ` · ${t('conflicts.current')}` : ''}
                </div>
              </div>
            ))}
            {allText && (
              <div className="nhsuk-radios__item">
                <input
                  className="nhsuk-radios__input"
                  id={`${id}-combine`}
                  name={id}
                  type="radio"
                  value="combine"
                  checked={choice === 'combine'}
                  onChange={() => setChoice('combine')}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${id}-combine`}>
                  {t('conflicts.combine')}
                </label>
              </div>
            )}
          </div>
          {choice === 'combine' && (
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor={`${id}-combined`}>
                {t('conflicts.combined')}
              </label>
              <div className="nhsuk-hint" id={`${id}-combined-hint`}>
                {t('conflicts.combinedHint')}
              </div>
              <textarea
                className="nhsuk-textarea"
                id={`${id}-combined`}
                rows={3}
                aria-describedby={`${id}-combined-hint`}
                value={combined}
                onChange={(e) => setCombined(e.target.value)}
              />
            </div>
          )}
        </fieldset>
      </div>
      <button type="submit" className="nhsuk-button">
        {t('conflicts.keep')}
      </button>
    </form>
  );
}
