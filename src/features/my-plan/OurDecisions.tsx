import { useTranslation } from 'react-i18next';
import { useCaseRecords, useGridVersions } from '../../db';
import type { GridVersion, OptionGridDecisionRecord } from '../../domain';
import { formatCalendarDate } from '../../ui/format-date';
import { useGridWords } from '../../ui/option-grid/use-grid-words';

/**
 * "What we decided together" on the young person's plan (issue #5 item 4, RESPECT
 * Review and Select): each decision made with an option grid, newest first, in the words
 * of the grid version they actually compared (a later edit of the grid never changes
 * what this shows). A carer sees this only when the young person shares decisions.
 */
export function OurDecisions({ caseId }: { caseId: string }) {
  const { t } = useTranslation('options');
  const rows = useCaseRecords('option-grid-decision', caseId);
  const versions = useGridVersions();
  if (rows === undefined || versions === undefined || rows.length === 0) return null;
  const decisions = (rows as OptionGridDecisionRecord[]).sort(
    (a, b) => b.decidedOn.localeCompare(a.decidedOn) || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <section aria-labelledby={`decisions-${caseId}`} data-testid="my-plan-decisions">
      <h3 className="nhsuk-heading-s" id={`decisions-${caseId}`}>
        {t('myPlan.heading')}
      </h3>
      {decisions.map((d) => {
        const grid = versions.find((v) => v.id === d.gridId);
        return grid ? <Decision key={d.id} decision={d} grid={grid} /> : null;
      })}
    </section>
  );
}

function Decision({ decision, grid }: { decision: OptionGridDecisionRecord; grid: GridVersion }) {
  const { t, i18n } = useTranslation('options');
  const words = useGridWords(grid);
  const date = (d: string) => formatCalendarDate(d, i18n.language);
  const list = (ids: readonly string[], name: (id: string) => string) => ids.map(name).join(', ');
  const starred = decision.starredQuestionIds ?? [];
  return (
    <div className="nhsuk-card" data-testid="my-plan-decision">
      <div className="nhsuk-card__content">
        <h4 className="nhsuk-card__heading nhsuk-heading-xs">{words.topic}</h4>
        <p className="nhsuk-body">
          {decision.chosenOptionIds.length > 0
            ? t('myPlan.chose', { chosen: list(decision.chosenOptionIds, words.option) })
            : t('myPlan.notDecided')}
        </p>
        {decision.youngPersonWords && (
          <p className="nhsuk-body">
            {t('myPlan.yourWords', { words: decision.youngPersonWords })}
          </p>
        )}
        {starred.length > 0 && (
          <>
            <p className="nhsuk-body nhsuk-u-margin-bottom-1">{t('myPlan.starred')}</p>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {starred.map((id) => (
                <li key={id}>{words.question(id)}</li>
              ))}
            </ul>
          </>
        )}
        <p className="nhsuk-body">
          {t('myPlan.compared', { options: list(decision.consideredOptionIds, words.option) })}
        </p>
        {decision.reviewOn && (
          <p className="nhsuk-body">{t('myPlan.review', { date: date(decision.reviewOn) })}</p>
        )}
        <p className="nhsuk-body-s" data-testid="my-plan-decision-version">
          {t('myPlan.version', {
            topic: words.topic,
            version: decision.gridVersion,
            date: date(grid.data.publishedOn),
          })}
        </p>
      </div>
    </div>
  );
}
