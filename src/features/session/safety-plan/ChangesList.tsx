/**
 * What changed between two views of the safety plan (issue #7 item 4, "what changed since
 * last time"): per section, the items added, removed and changed (with the words before),
 * then the backup team, the coordinator and the sections marked as the young person's
 * own words. Only sections with changes are listed; "nothing changed" says so.
 *
 * Design choice: changes are said in words ("Added", "Removed", "Changed from"), never
 * by colour or strike-through alone, so they read the same in print and to a screen reader.
 */
import { useTranslation } from 'react-i18next';
import { SAFETY_PLAN_SECTIONS } from '../../../domain';
import type { PlanChanges } from '../../../domain/safety-plan';

interface ChangesListProps {
  changes: PlanChanges;
  /** The heading level of each changed section's title, under the caller's heading. */
  headingLevel: 3 | 4;
  testId: string;
}

export function ChangesList({ changes, headingLevel, testId }: ChangesListProps) {
  const { t } = useTranslation(['safety-plan', 'safety-plan-content']);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  if (!changes.any) {
    return (
      <p className="nhsuk-body" data-testid={testId}>
        {t('changes.none')}
      </p>
    );
  }
  const team = changes.backupTeam;
  const teamChanged = team.added.length + team.removed.length + team.changed.length > 0;
  const marked = changes.writtenByYoungPerson;
  const sectionTitle = (s: string) => t(`safety-plan-content:sections.${s}.title`);
  return (
    <div className="app-safety-plan-changes" data-testid={testId}>
      {SAFETY_PLAN_SECTIONS.map((section) => {
        const c = changes.sections[section];
        if (c.added.length + c.removed.length + c.changed.length === 0) return null;
        return (
          <div key={section}>
            <Heading className="nhsuk-heading-xs">{sectionTitle(section)}</Heading>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {c.added.map((i) => (
                <li key={`a-${i.id}`}>{t('changes.added', { text: i.text })}</li>
              ))}
              {c.removed.map((i) => (
                <li key={`r-${i.id}`}>{t('changes.removed', { text: i.text })}</li>
              ))}
              {c.changed.map(({ before, after }) => (
                <li key={`c-${after.id}`}>
                  {t('changes.changed', { before: before.text, after: after.text })}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {teamChanged && (
        <div>
          <Heading className="nhsuk-heading-xs">{t('backupTeam.heading')}</Heading>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {team.added.map((e) => (
              <li key={`a-${e.id}`}>{t('changes.added', { text: e.who })}</li>
            ))}
            {team.removed.map((e) => (
              <li key={`r-${e.id}`}>{t('changes.removed', { text: e.who })}</li>
            ))}
            {team.changed.map(({ after }) => (
              <li key={`c-${after.id}`}>{t('changes.teamChanged', { who: after.who })}</li>
            ))}
          </ul>
        </div>
      )}
      {(changes.coordinatorChanged || marked.added.length + marked.removed.length > 0) && (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {changes.coordinatorChanged && <li>{t('changes.coordinator')}</li>}
          {marked.added.map((s) => (
            <li key={`wa-${s}`}>{t('changes.markedOwnWords', { section: sectionTitle(s) })}</li>
          ))}
          {marked.removed.map((s) => (
            <li key={`wr-${s}`}>{t('changes.unmarkedOwnWords', { section: sectionTitle(s) })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
