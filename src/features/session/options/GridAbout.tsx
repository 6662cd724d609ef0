import { useTranslation } from 'react-i18next';
import { isReviewOverdue, type GridVersion } from '../../../domain';
import { formatCalendarDate, todayOnDevice } from '../../../ui/format-date';

/**
 * What a grid is and where its answers come from: version, dates, authors, sources, and
 * the example-content warning. Shown above the table, because the evidence behind the
 * answers is part of the young person's right to know (RESPECT, Effective help).
 */
export function GridAbout({ grid }: { grid: GridVersion }) {
  const { t, i18n } = useTranslation('options');
  const { data } = grid;
  const date = (d: string) => formatCalendarDate(d, i18n.language);
  return (
    <div className="app-options-about">
      {data.exampleContent && (
        <p className="nhsuk-body-s app-options-example" data-testid="example-content">
          {t('about.example')}
        </p>
      )}
      <p className="nhsuk-body-s" data-testid="grid-version">
        {t('about.version', {
          version: data.version,
          published: date(data.publishedOn),
          review: date(data.reviewBy),
        })}
        {isReviewOverdue(data, todayOnDevice()) && (
          <strong className="nhsuk-tag nhsuk-tag--orange app-options-overdue">
            {t('about.overdue')}
          </strong>
        )}
      </p>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">{t('about.sources')}</span>
        </summary>
        <div className="nhsuk-details__text">
          <ol className="nhsuk-list nhsuk-list--number">
            {data.sources.map((s) => (
              <li key={s.id} id={`source-${grid.id}-${s.id}`}>
                {s.url ? <a href={s.url}>{s.title}</a> : s.title}
                {`, ${s.publisher}`}
                {s.section ? ` (${s.section})` : ''}
              </li>
            ))}
          </ol>
          <p className="nhsuk-body-s">{t('about.authors', { authors: data.authors.join(', ') })}</p>
        </div>
      </details>
    </div>
  );
}
