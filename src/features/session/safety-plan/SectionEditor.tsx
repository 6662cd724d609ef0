/**
 * One section of the safety plan in the editor (issue #7 item 1): its plain-words title,
 * its items (each can be changed or removed), whether the young person wrote it in their
 * own words, and the form to add an item.
 *
 * Design choices:
 * - "Written by the young person" is a tick on the plan's header
 *   (`writtenByYoungPerson`), saved as soon as it changes: it is one choice, not a form.
 * - Section titles and hints come from the shared `safety-plan-content` namespace, so the
 *   tablet, the phone and print call each section the same thing.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localStore } from '../../../db';
import type { AnyRecord, SafetyPlanSection } from '../../../domain';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import { AddItemForm } from './AddItemForm';
import type { Audience } from './audience';
import { ItemRow } from './ItemRow';

interface SectionEditorProps {
  caseId: string;
  plan: AnyRecord;
  section: SafetyPlanSection;
  items: readonly AnyRecord[];
  audience: Audience;
}

export function SectionEditor({ caseId, plan, section, items, audience }: SectionEditorProps) {
  const { t } = useTranslation(['safety-plan', 'safety-plan-content', 'account']);
  const [problem, setProblem] = useState<string>();
  const title = t(`safety-plan-content:sections.${section}.title`);
  const written = Array.isArray(plan['writtenByYoungPerson'])
    ? (plan['writtenByYoungPerson'] as string[])
    : [];
  const headingId = `${audience}-section-${section}-heading`;
  const checkboxId = `${audience}-written-${section}`;
  const words = audience === 'young-person' ? 'youngPerson' : 'practitioner';

  const setWritten = async (checked: boolean) => {
    setProblem(undefined);
    const next = checked
      ? [...new Set([...written, section])]
      : written.filter((s) => s !== section);
    try {
      await localStore().records.update('safety-plan', plan.id, { writtenByYoungPerson: next });
    } catch (error) {
      setProblem(saveFailureMessage(error, t));
    }
  };

  return (
    <section
      className="app-safety-plan-editor__section"
      aria-labelledby={headingId}
      data-testid={`editor-section-${section}`}
    >
      <h2 className="nhsuk-heading-m" id={headingId}>
        {title}
      </h2>
      <p className="nhsuk-hint">{t(`safety-plan-content:sections.${section}.hint`)}</p>
      {items.length === 0 ? (
        <p className="nhsuk-body">{t(`section.${words}.empty`)}</p>
      ) : (
        <ul className="nhsuk-list app-safety-plan-editor__items" aria-label={title}>
          {items.map((item) => (
            <ItemRow
              key={item.id}
              caseId={caseId}
              item={item}
              section={section}
              audience={audience}
              ownWords={written.includes(section)}
            />
          ))}
        </ul>
      )}
      <div className="nhsuk-form-group">
        <div className="nhsuk-checkboxes">
          <div className="nhsuk-checkboxes__item">
            <input
              className="nhsuk-checkboxes__input"
              id={checkboxId}
              type="checkbox"
              checked={written.includes(section)}
              onChange={(e) => void setWritten(e.target.checked)}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={checkboxId}>
              {t(`section.${words}.writtenByYoungPerson`)}
              <span className="nhsuk-u-visually-hidden">{`: ${title}`}</span>
            </label>
          </div>
        </div>
        {problem && (
          <ErrorMessage role="alert" prefix={t('account:errorPrefix')}>
            {problem}
          </ErrorMessage>
        )}
      </div>
      <AddItemForm
        caseId={caseId}
        planId={plan.id}
        section={section}
        items={items}
        audience={audience}
        sectionTitle={title}
      />
    </section>
  );
}
