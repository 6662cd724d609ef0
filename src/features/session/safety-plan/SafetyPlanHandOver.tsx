/**
 * The safety plan in hand-over mode (issue #7 item 4): the young person holds the tablet
 * and writes each section in their own words. Plain words, "I" and "you"; what they add
 * is saved as added by them; no backup team, agreement, versions or sharing, and no note
 * about example wording (that is for staff).
 *
 * Design choice: the same records and drafts as the practitioner's editor, so what the
 * young person typed is there when the tablet comes back, saved or not.
 */
import { useTranslation } from 'react-i18next';
import { useSafetyPlan } from '../../../db/safety-plans';
import { Loading } from '../../../ui/Spinner';
import { PlanEditor } from './PlanEditor';
import './safety-plan-editor.scss';

export function SafetyPlanHandOver({ caseId, name }: { caseId: string; name: string }) {
  const { t } = useTranslation(['safety-plan', 'common']);
  const bundle = useSafetyPlan(caseId);
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('handOver.youngPerson.title', { name })}
      </h1>
      {bundle === undefined ? (
        <Loading label={t('common:loading')} />
      ) : !bundle.plan ? (
        <p className="nhsuk-body-l">{t('handOver.youngPerson.notStarted')}</p>
      ) : (
        <>
          <p className="nhsuk-body-l">{t('handOver.youngPerson.lead')}</p>
          <PlanEditor
            caseId={caseId}
            plan={bundle.plan}
            items={bundle.items}
            actions={bundle.actions}
            audience="young-person"
          />
        </>
      )}
    </>
  );
}
