/**
 * One item of a section in the editor: its words, its number as a tap-to-call link, who
 * added it, and changing or removing it (issue #7 item 1).
 *
 * Design choices:
 * - Changing an item opens a small form in place, with its own draft
 *   (`safety-plan-item-edit:<id>`), so words typed while changing it survive a reload.
 * - Removing deletes the item record (a tombstone that syncs). Agreed versions keep their
 *   own copy, so removing never changes what was agreed.
 * - Who added it is never changed by editing: the words stay theirs.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { telHref } from '../../../content/crisis-contacts';
import { localStore } from '../../../db';
import type { AnyRecord, SafetyPlanSection } from '../../../domain';
import { displayPhone } from '../../../ui/safety-plan/phone-display';
import { Loading } from '../../../ui/Spinner';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { TextField } from '../../../ui/form/TextField';
import { domainResolver } from '../../../ui/form/domain-resolver';
import { useWordedProblems } from '../../../ui/form/useWordedProblems';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import { useFormDraft } from '../use-form-draft';
import type { Audience } from './audience';
import { ConfirmRemove } from './ConfirmRemove';
import {
  EDIT_ITEM_FIELDS,
  editItemFormSchema,
  hasPhone,
  type EditItemFormValues,
} from './safety-plan-forms';

interface ItemRowProps {
  caseId: string;
  item: AnyRecord;
  section: SafetyPlanSection;
  audience: Audience;
  /** The section is marked as written in the young person's own words. */
  ownWords: boolean;
}

export function ItemRow({ caseId, item, section, audience, ownWords }: ItemRowProps) {
  const { t } = useTranslation(['safety-plan', 'account']);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string>();
  const text = String(item['text']);
  const phone = typeof item['phone'] === 'string' ? item['phone'] : undefined;
  const role = String(item['addedByRole']);
  // Holding the tablet in hand-over, the young person changes what they wrote (or any item
  // of a section in their own words), as the server lets them on their own phone; what
  // the practitioner or a carer added is shown, not offered for changing.
  const mayChange = audience !== 'young-person' || role === 'young-person' || ownWords;

  const remove = async () => {
    setProblem(undefined);
    try {
      await localStore().records.remove('safety-plan-item', item.id);
    } catch (error) {
      setProblem(saveFailureMessage(error, t));
    }
  };

  return (
    <li className="app-safety-plan-editor__item" data-testid="editor-item">
      {editing ? (
        <EditItemForm
          caseId={caseId}
          item={item}
          section={section}
          audience={audience}
          onDone={() => setEditing(false)}
        />
      ) : (
        <>
          <p className="nhsuk-body nhsuk-u-margin-bottom-1">
            <span className="app-safety-plan-editor__text">{text}</span>
            {phone && (
              <>
                {' '}
                <a href={telHref(phone)} dir="ltr">
                  {displayPhone(phone)}
                </a>
              </>
            )}
          </p>
          <p className="nhsuk-body-s app-safety-plan-editor__who">
            {t(`item.addedBy.${role}`, { defaultValue: '' })}
          </p>
          {problem && (
            <ErrorMessage id={`item-${item.id}-error`} prefix={t('account:errorPrefix')}>
              {problem}
            </ErrorMessage>
          )}
          {mayChange && (
            <div className="nhsuk-button-group app-safety-plan-editor__actions">
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                onClick={() => setEditing(true)}
              >
                {t('item.change')}
                <span className="nhsuk-u-visually-hidden">{`: ${text}`}</span>
              </button>
              <ConfirmRemove what={text} onRemove={() => void remove()} />
            </div>
          )}
        </>
      )}
    </li>
  );
}

interface EditItemFormProps {
  caseId: string;
  item: AnyRecord;
  section: SafetyPlanSection;
  audience: Audience;
  onDone: () => void;
}

function EditItemForm({ caseId, item, section, audience, onDone }: EditItemFormProps) {
  const { t } = useTranslation(['safety-plan', 'account', 'common']);
  const id = `edit-${item.id}`;
  const words = audience === 'young-person' ? 'youngPerson' : 'practitioner';
  const form = useForm<EditItemFormValues>({
    resolver: domainResolver(editItemFormSchema),
    // Checked again only on submit: a problem appearing while typing would move focus
    // to the error summary, out of the field being typed in.
    reValidateMode: 'onSubmit',
    defaultValues: {
      text: String(item['text']),
      phone: typeof item['phone'] === 'string' ? item['phone'] : '',
    },
  });
  const draft = useFormDraft(form, `safety-plan-item-edit:${item.id}`, caseId);
  const problems = useWordedProblems<EditItemFormValues, (typeof EDIT_ITEM_FIELDS)[number]>(
    'safety-plan',
    EDIT_ITEM_FIELDS,
    id,
    form.formState.errors,
  );
  const [failure, setFailure] = useState<string>();

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const phone = hasPhone(section) ? values.phone.trim() : '';
      await localStore().records.update('safety-plan-item', item.id, {
        text: values.text.trim(),
        phone: phone === '' ? undefined : phone,
      });
      await draft.clear();
      onDone();
    } catch (error) {
      setFailure(saveFailureMessage(error, t));
    }
  });
  const cancel = async () => {
    await draft.clear();
    onDone();
  };

  if (!draft.ready) return <Loading label={t('common:loading')} />;
  const errorPrefix = t('account:errorPrefix');
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <ErrorSummary
        title={problems.summaryTitle}
        items={[...problems.summary, ...(failure ? [{ message: failure }] : [])]}
        focusKey={form.formState.submitCount}
      />
      <TextAreaField
        id={`${id}-text`}
        label={t(`item.${words}.text`)}
        labelSize="s"
        rows={2}
        error={problems.fieldMessage('text')}
        errorPrefix={errorPrefix}
        {...form.register('text')}
      />
      {hasPhone(section) && (
        <TextField
          id={`${id}-phone`}
          label={t(`item.${words}.phone`)}
          hint={t('item.phoneHint')}
          type="tel"
          autoComplete="off"
          className="nhsuk-input--width-20"
          error={problems.fieldMessage('phone')}
          errorPrefix={errorPrefix}
          {...form.register('phone')}
        />
      )}
      <div className="nhsuk-button-group">
        <button
          type="submit"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={form.formState.isSubmitting}
        >
          {t('item.saveChange')}
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => void cancel()}
        >
          {t('item.cancelChange')}
        </button>
      </div>
    </form>
  );
}
