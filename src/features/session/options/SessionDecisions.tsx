import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GridVersion, OptionGridDecisionRecord } from '../../../domain';
import { useGridWords } from '../../../ui/option-grid/use-grid-words';

interface SessionDecisionsProps {
  decisions: readonly OptionGridDecisionRecord[];
  versions: readonly GridVersion[];
}

/** The decisions already recorded in this session, each with the grid version used. */
export function SessionDecisions({ decisions, versions }: SessionDecisionsProps) {
  const { t } = useTranslation('options');
  if (decisions.length === 0) return null;
  return (
    <section aria-labelledby="session-decisions-heading">
      <h2 className="nhsuk-heading-m" id="session-decisions-heading">
        {t('sessionDecisions.heading')}
      </h2>
      <ul className="nhsuk-list" data-testid="session-decisions">
        {decisions.map((d) => {
          const grid = versions.find((v) => v.id === d.gridId);
          return grid ? (
            <DecisionLine key={d.id} decision={d} grid={grid} />
          ) : (
            <li key={d.id}>{t('sessionDecisions.gridMissing')}</li>
          );
        })}
      </ul>
    </section>
  );
}

function DecisionLine({
  decision,
  grid,
}: {
  decision: OptionGridDecisionRecord;
  grid: GridVersion;
}) {
  const { t } = useTranslation('options');
  const words = useGridWords(grid);
  const chosen = decision.chosenOptionIds.map((id) => words.option(id)).join(', ');
  return (
    <li className="app-options-decision">
      <Link to={`?grid=${grid.id}`}>{words.topic}</Link>
      {': '}
      {chosen === '' ? t('sessionDecisions.notDecided') : t('sessionDecisions.chose', { chosen })}
    </li>
  );
}
