import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RESPECT_CONTENT } from '../../../content';
import { localStore } from '../../../db';
import { RESPECT_STATUSES, type AnyRecord } from '../../../domain';
import { appAreaPath } from '../../../ui/app-area-links';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { domainResolver } from '../../../ui/form/domain-resolver';
import { useFormProblems } from '../../../ui/form/useFormProblems';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { useFormDraft } from '../use-form-draft';
import {
  respectFormSchema,
  respectFormValues,
  respectWrites,
  statusField,
  wordsField,
  type RespectFormValues,
} from './respect-form';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';

const ITEM_IDS = RESPECT_CONTENT.items.map((i) => i.id);
const schema = respectFormSchema(ITEM_IDS);

export interface RespectFormProps {
  caseId: string;
  sessionId: string;
  /** The young person's preferred name, for "In Sam's words". */
  name: string;
  /** `young-person` in hand-over mode: their words, no links out of the screen. */
  audience: 'practitioner' | 'young-person';
  records: readonly AnyRecord[];
}

/**
 * The RESPECT agenda as a form: for each statement, whether it was talked about today and
 * the young person's own words. Used by the practitioner in the session and by the young
 * person in hand-over mode (different words, same records).
 */
export function RespectForm({ caseId, sessionId, name, audience, records }: RespectFormProps) {
  const { t } = useTranslation(['session', 'respect', 'validation', 'account']);
  const idPrefix = audience === 'young-person' ? 'hand-over' : 'respect';
  const words = audience === 'young-person' ? 'respect.youngPerson' : 'respect.practitioner';
  const form = useForm<RespectFormValues>({
    resolver: domainResolver(schema),
    // Read once: later changes from sync do not overwrite what is being typed.
    defaultValues: respectFormValues(ITEM_IDS, records),
  });
  const draft = useFormDraft(form, `respect:${sessionId}`, caseId);
  const problems = useFormProblems<RespectFormValues>(idPrefix, form.formState.errors);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string>();

  const fields = ITEM_IDS.flatMap((id) => [statusField(id), wordsField(id)]);
  const summary = [
    ...problems.summary(fields).map((item) =>
      // The link goes to the first radio of the item, which NHS.UK names `-0`.
      item.fieldId?.startsWith(`${idPrefix}-status-`)
        ? { ...item, fieldId: `${item.fieldId}-0` }
        : item,
    ),
    ...(failure ? [{ message: failure }] : []),
  ];

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    setSaved(false);
    try {
      const { records: repo } = localStore();
      for (const write of respectWrites(ITEM_IDS, values, records, sessionId)) {
        if (write.op === 'create') await repo.create('respect-item', caseId, write.data);
        else await repo.update('respect-item', write.id, write.changes);
      }
      form.reset(values);
      await draft.clear();
      setSaved(true);
    } catch {
      setFailure(t('respect.saveFailed'));
    }
  });

  if (!draft.ready) return null;
  const errorPrefix = t('account:errorPrefix');
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} onChange={() => setSaved(false)}>
      <ErrorSummary
        title={problems.summaryTitle}
        items={summary}
        focusKey={form.formState.submitCount}
      />
      {saved && <NotificationBanner title={t(`${words}.saved`)} variant="success" live />}
      {draft.restored && (
        <div className="nhsuk-inset-text">
          <p className="nhsuk-body">{t('draftRestored')}</p>
        </div>
      )}
      <p className="nhsuk-body-l">{t('respect:intro')}</p>
      {RESPECT_CONTENT.headings.map((heading) => (
        <section
          key={heading.id}
          className="respect-heading"
          aria-labelledby={`${idPrefix}-h-${heading.id}`}
        >
          <h2 className="nhsuk-heading-m" id={`${idPrefix}-h-${heading.id}`}>
            <span className="respect-heading__letter" aria-hidden="true">
              {heading.letter}
            </span>
            {t(`respect:headings.${heading.id}`)}
          </h2>
          {RESPECT_CONTENT.items
            .filter((item) => item.headingId === heading.id)
            .map((item) => {
              const statusId = `${idPrefix}-${statusField(item.id)}`;
              const wordsId = `${idPrefix}-${wordsField(item.id)}`;
              const statusError = problems.fieldMessage(statusField(item.id));
              const wordsError = problems.fieldMessage(wordsField(item.id));
              const links =
                audience === 'practitioner'
                  ? item.fulfilledIn.flatMap((area) => {
                      const to = appAreaPath(area, caseId);
                      return to ? [{ area, to }] : [];
                    })
                  : [];
              return (
                <div key={item.id} className="respect-item">
                  <div
                    className={`nhsuk-form-group${statusError ? ' nhsuk-form-group--error' : ''}`}
                  >
                    <fieldset
                      className="nhsuk-fieldset"
                      aria-describedby={statusError ? `${statusId}-error` : undefined}
                    >
                      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                        {t(`respect:plain.${item.id}`)}
                      </legend>
                      {statusError && (
                        <ErrorMessage id={`${statusId}-error`} prefix={errorPrefix}>
                          {statusError}
                        </ErrorMessage>
                      )}
                      <div className="nhsuk-radios nhsuk-radios--inline respect-item__radios">
                        {RESPECT_STATUSES.map((status, i) => (
                          <div className="nhsuk-radios__item" key={status}>
                            <input
                              className="nhsuk-radios__input"
                              id={`${statusId}-${i}`}
                              type="radio"
                              value={status}
                              {...form.register(statusField(item.id))}
                            />
                            <label
                              className="nhsuk-label nhsuk-radios__label"
                              htmlFor={`${statusId}-${i}`}
                            >
                              {t(`${words}.status.${status}`)}
                            </label>
                          </div>
                        ))}
                      </div>
                    </fieldset>
                  </div>
                  <TextAreaField
                    id={wordsId}
                    label={t(`${words}.wordsLabel`, { name })}
                    rows={2}
                    error={wordsError}
                    errorPrefix={errorPrefix}
                    {...form.register(wordsField(item.id))}
                  />
                  {links.length > 0 && (
                    <p className="nhsuk-body-s respect-item__links">
                      {t('respect.practitioner.whereLabel')}{' '}
                      {links.map(({ area, to }, i) => (
                        <span key={area}>
                          {i > 0 && ', '}
                          <Link to={to}>{t(`respect.areas.${area}`)}</Link>
                        </span>
                      ))}
                    </p>
                  )}
                </div>
              );
            })}
        </section>
      ))}
      <button className="nhsuk-button" type="submit" disabled={form.formState.isSubmitting}>
        {t(`${words}.save`)}
      </button>
      <p className="nhsuk-body-s">{t('respect:exampleContent')}</p>
    </form>
  );
}
