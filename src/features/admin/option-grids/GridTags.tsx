import { useTranslation } from 'react-i18next';
import { isRetired, isReviewOverdue, type GridVersion } from '../../../domain';

/** The tags an admin scans for: overdue review, retired, bundled or local, example. */
export function GridTags({ grid, today }: { grid: GridVersion; today: string }) {
  const { t } = useTranslation('admin-grids');
  return (
    <>
      {isReviewOverdue(grid.data, today) && (
        <strong className="nhsuk-tag nhsuk-tag--red app-grid-tag" data-testid="overdue">
          {t('tags.overdue')}
        </strong>
      )}
      {isRetired(grid) && (
        <strong className="nhsuk-tag nhsuk-tag--grey app-grid-tag">{t('tags.retired')}</strong>
      )}
      {grid.data.exampleContent && (
        <strong className="nhsuk-tag nhsuk-tag--yellow app-grid-tag">{t('tags.example')}</strong>
      )}
    </>
  );
}
