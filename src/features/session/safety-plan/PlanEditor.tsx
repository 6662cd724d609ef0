/**
 * The safety plan being written (issue #7 item 1): every section with its items and add
 * form, in the order SAFETY_PLAN_SECTIONS gives, then (for the practitioner) the backup
 * team and the coordinator. The session part and hand-over mode both show it.
 *
 * Design choice: in hand-over mode the young person writes the sections in their own
 * words; the backup team and coordinator are agreed with the practitioner, so they are
 * on the practitioner's side only.
 */
import { SAFETY_PLAN_SECTIONS, type AnyRecord } from '../../../domain';
import type { Audience } from './audience';
import { BackupTeamEditor } from './BackupTeamEditor';
import { CoordinatorForm } from './CoordinatorForm';
import { SectionEditor } from './SectionEditor';

interface PlanEditorProps {
  caseId: string;
  plan: AnyRecord;
  items: readonly AnyRecord[];
  actions: readonly AnyRecord[];
  audience: Audience;
}

export function PlanEditor({ caseId, plan, items, actions, audience }: PlanEditorProps) {
  return (
    <div className="app-safety-plan-editor">
      {SAFETY_PLAN_SECTIONS.map((section) => (
        <SectionEditor
          key={section}
          caseId={caseId}
          plan={plan}
          section={section}
          items={items.filter((i) => i['section'] === section)}
          audience={audience}
        />
      ))}
      {audience === 'practitioner' && (
        <>
          <BackupTeamEditor caseId={caseId} planId={plan.id} actions={actions} />
          <CoordinatorForm caseId={caseId} plan={plan} />
        </>
      )}
    </div>
  );
}
