import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { gridsInOrderFor, type GridVersion, type Grouping } from '../../../domain';
import { useGridWords } from '../../../ui/option-grid/use-grid-words';

interface GridPickerProps {
  grids: readonly GridVersion[];
  who: { grouping?: Grouping | undefined; age?: number | undefined };
}

/** The grids on offer: those written for this young person first, then the rest. */
export function GridPicker({ grids, who }: GridPickerProps) {
  const { t } = useTranslation('options');
  const { suited, others } = gridsInOrderFor(grids, who);
  if (grids.length === 0) return <p className="nhsuk-body">{t('picker.none')}</p>;
  return (
    <>
      <h2 className="nhsuk-heading-m">{t('picker.suited')}</h2>
      {suited.length === 0 ? (
        <p className="nhsuk-body">{t('picker.noneSuited')}</p>
      ) : (
        <GridList grids={suited} />
      )}
      {others.length > 0 && (
        <>
          <h2 className="nhsuk-heading-m">{t('picker.others')}</h2>
          <GridList grids={others} />
        </>
      )}
    </>
  );
}

function GridList({ grids }: { grids: readonly GridVersion[] }) {
  return (
    <ul className="nhsuk-list app-options-grids">
      {grids.map((g) => (
        <GridLink key={g.id} grid={g} />
      ))}
    </ul>
  );
}

function GridLink({ grid }: { grid: GridVersion }) {
  const { t } = useTranslation('options');
  const words = useGridWords(grid);
  const { audience } = grid.data;
  return (
    <li className="app-options-grids__item">
      <Link to={`?grid=${grid.id}`} className="app-options-grids__link">
        {words.topic}
      </Link>
      <span className="nhsuk-body-s app-options-grids__meta">
        {t('picker.meta', {
          number: grid.data.options.length,
          minAge: audience.minAge,
          maxAge: audience.maxAge,
        })}
      </span>
    </li>
  );
}
