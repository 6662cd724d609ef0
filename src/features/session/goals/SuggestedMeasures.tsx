import { useTranslation } from 'react-i18next';
import { MEASURE_CATALOGUE } from '../../../content/measures';
import { GOAL_THEMES, measuresForTheme, type GoalTheme } from '../../../domain';

/**
 * The questionnaires THRIVE suggests beside a goal of this kind (Elaborated, Table 3), as
 * the theme is chosen (issue #6 item 4). A suggestion only: scores are recorded on the
 * goal's page, and the goal rating itself is the main measure of progress.
 */
export function SuggestedMeasures({ theme }: { theme: string }) {
  const { t } = useTranslation(['goals', 'measures']);
  if (!(GOAL_THEMES as readonly string[]).includes(theme)) return null;
  const measures = measuresForTheme(MEASURE_CATALOGUE, theme as GoalTheme);
  return (
    <div className="nhsuk-inset-text app-goals-measures" data-testid="suggested-measures">
      <h3 className="nhsuk-heading-xs">{t('add.suggestedMeasures')}</h3>
      {measures.length === 0 ? (
        <p className="nhsuk-body-s">{t('measures:noneForTheme')}</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {measures.map((m) => (
            <li key={m.id}>
              {`${t(`measures:measures.${m.id}.shortName`)}: ${t(`measures:measures.${m.id}.name`)}`}
            </li>
          ))}
        </ul>
      )}
      <p className="nhsuk-body-s">{t('measures:exampleContent')}</p>
    </div>
  );
}
