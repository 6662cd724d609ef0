import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useGridVersions } from '../../../db';
import { isRetired, nextVersion, type GridVersion } from '../../../domain';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Loading } from '../../../ui/Spinner';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/TextField';
import { formatCalendarDate, todayOnDevice } from '../../../ui/format-date';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AdminOnly } from './AdminOnly';
import { GridEditor } from './GridEditor';
import { GridTags } from './GridTags';
import { gridFormFrom, retiredVersion, reviewDateProblem, reviewedVersion } from './grid-form';
import { saveGridVersion, savedNoticeFrom } from './grid-store';
import '../admin.scss';
import './option-grids.scss';

/** /admin/option-grids/:gridId: one version of a grid, and making the next one. */
export function GridPage() {
  return (
    <AdminOnly>
      <GridView />
    </AdminOnly>
  );
}

function GridView() {
  const { t } = useTranslation(['admin-grids', 'common']);
  const { gridId } = useParams();
  const [params] = useSearchParams();
  const versions = useGridVersions();
  const grid = versions?.find((v) => v.id === gridId);
  const editing = params.get('view') === 'edit';
  usePageTitle(
    grid
      ? editing
        ? t('editor.editTitle', { topic: grid.data.topic })
        : grid.data.topic
      : t('grid.notFoundTitle'),
    t('common:appName'),
  );
  if (versions === undefined) return <Loading label={t('list.loading')} />;
  if (!grid) {
    return (
      <>
        <h1 className="nhsuk-heading-l" tabIndex={-1}>
          {t('grid.notFoundTitle')}
        </h1>
        <p className="nhsuk-body">{t('grid.notFound')}</p>
        <p className="nhsuk-body">
          <Link to="/admin/option-grids">{t('list.backToList')}</Link>
        </p>
      </>
    );
  }
  const version = nextVersion(versions, grid.data.slug);
  if (editing) {
    return (
      <>
        <Link to={`/admin/option-grids/${grid.id}`} className="nhsuk-back-link">
          {t('grid.back')}
        </Link>
        <h1 className="nhsuk-heading-l" tabIndex={-1}>
          {t('editor.editTitle', { topic: grid.data.topic })}
        </h1>
        <p className="nhsuk-body">{t('editor.editLead', { from: grid.data.version, version })}</p>
        <GridEditor
          key={grid.id}
          defaultValues={gridFormFrom(grid.data)}
          editing
          version={version}
          basedOn={grid.id}
          takenSlugs={new Set()}
          cancelTo={`/admin/option-grids/${grid.id}`}
          notice="edited"
        />
      </>
    );
  }
  return <GridDetails grid={grid} versions={versions} next={version} />;
}

function GridDetails({
  grid,
  versions,
  next,
}: {
  grid: GridVersion;
  versions: readonly GridVersion[];
  next: number;
}) {
  const { t, i18n } = useTranslation(['admin-grids', 'grouping']);
  const location = useLocation();
  const notice = savedNoticeFrom(location.state);
  const today = todayOnDevice();
  const { data } = grid;
  const latest = next === data.version + 1;
  const history = versions
    .filter((v) => v.data.slug === data.slug)
    .sort((a, b) => b.data.version - a.data.version || Number(a.bundled) - Number(b.bundled));
  const date = (d: string) => formatCalendarDate(d, i18n.language);
  const source = (id: string) => data.sources.find((s) => s.id === id);
  return (
    <>
      <Link to="/admin/option-grids" className="nhsuk-back-link">
        {t('list.backToList')}
      </Link>
      {notice && (
        <NotificationBanner title={t('saved.title')} variant="success" live>
          <p className="nhsuk-body" data-testid="grid-saved">
            {t(`saved.${notice}`, { version: data.version })}
          </p>
        </NotificationBanner>
      )}
      <span className="nhsuk-caption-l">{t('grid.versionCaption', { version: data.version })}</span>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {data.topic} <GridTags grid={grid} today={today} />
      </h1>

      <dl className="nhsuk-summary-list" data-testid="grid-meta">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('grid.status')}</dt>
          <dd className="nhsuk-summary-list__value" data-testid="grid-status">
            {isRetired(grid) ? t('status.retired') : t('status.published')}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('grid.origin')}</dt>
          <dd className="nhsuk-summary-list__value">
            {grid.bundled ? t('origin.bundled') : t('origin.local')}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('grid.slug')}</dt>
          <dd className="nhsuk-summary-list__value">
            <code>{data.slug}</code>
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('grid.audience')}</dt>
          <dd className="nhsuk-summary-list__value">
            {t('grid.ages', { min: data.audience.minAge, max: data.audience.maxAge })}
            <br />
            {data.audience.groupings.map((g) => t(`grouping:groupings.${g}.name`)).join(', ')}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('grid.authors')}</dt>
          <dd className="nhsuk-summary-list__value">{data.authors.join(', ')}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('grid.publishedOn')}</dt>
          <dd className="nhsuk-summary-list__value">{date(data.publishedOn)}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('grid.reviewBy')}</dt>
          <dd className="nhsuk-summary-list__value">{date(data.reviewBy)}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{t('grid.language')}</dt>
          <dd className="nhsuk-summary-list__value">{t(`languages.${data.language}`)}</dd>
        </div>
      </dl>

      <h2 className="nhsuk-heading-m">{t('grid.table')}</h2>
      <div className="app-grid-table-wrap">
        <table className="nhsuk-table" data-testid="grid-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{data.topic}</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <td className="nhsuk-table__header" />
              {data.options.map((o) => (
                <th scope="col" className="nhsuk-table__header" key={o.id}>
                  {o.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {data.questions.map((q) => (
              <tr className="nhsuk-table__row" key={q.id}>
                <th scope="row" className="nhsuk-table__header">
                  {q.text}
                </th>
                {data.options.map((o) => {
                  const cell = data.cells.find((c) => c.questionId === q.id && c.optionId === o.id);
                  const sources = (cell?.sourceIds ?? [])
                    .map(source)
                    .filter((s) => s !== undefined);
                  return (
                    <td className="nhsuk-table__cell" key={o.id}>
                      {cell?.notKnown ? <em>{t('grid.notKnown')}</em> : cell?.answer}
                      {sources.length > 0 && (
                        <span className="nhsuk-body-s nhsuk-u-display-block">
                          {t('grid.cellSources', {
                            sources: sources.map((s) => s.title).join('; '),
                          })}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {data.localNotes && data.localNotes.length > 0 && (
        <>
          <h2 className="nhsuk-heading-m">{t('grid.localNotes')}</h2>
          <dl className="nhsuk-summary-list">
            {data.localNotes.map((n) => (
              <div className="nhsuk-summary-list__row" key={n.optionId}>
                <dt className="nhsuk-summary-list__key">
                  {data.options.find((o) => o.id === n.optionId)?.title ?? n.optionId}
                </dt>
                <dd className="nhsuk-summary-list__value">{n.note}</dd>
              </div>
            ))}
          </dl>
        </>
      )}

      <h2 className="nhsuk-heading-m">{t('grid.sources')}</h2>
      <ul className="nhsuk-list nhsuk-list--bullet" data-testid="grid-sources">
        {data.sources.map((s) => (
          <li key={s.id}>
            {s.url ? (
              <a href={s.url} rel="noreferrer" target="_blank">
                {s.title}
              </a>
            ) : (
              s.title
            )}
            {`, ${s.publisher}`}
            {s.section ? ` (${s.section})` : ''}
          </li>
        ))}
      </ul>

      <h2 className="nhsuk-heading-m">{t('grid.actions')}</h2>
      {latest ? (
        <GridActions grid={grid} next={next} />
      ) : (
        <p className="nhsuk-body" data-testid="not-latest">
          {t('grid.notLatest')}{' '}
          <Link to={`/admin/option-grids/${history[0]!.id}`}>
            {t('grid.latestLink', { version: history[0]!.data.version })}
          </Link>
        </p>
      )}

      <h2 className="nhsuk-heading-m">{t('grid.history')}</h2>
      <ul className="nhsuk-list" data-testid="grid-history">
        {history.map((v) => (
          <li key={v.id}>
            {v.id === grid.id ? (
              <strong>
                {t('grid.historyItem', { version: v.data.version, date: date(v.data.publishedOn) })}
              </strong>
            ) : (
              <Link to={`/admin/option-grids/${v.id}`}>
                {t('grid.historyItem', { version: v.data.version, date: date(v.data.publishedOn) })}
              </Link>
            )}
            {isRetired(v) ? ` – ${t('status.retired')}` : ''}
            {v.bundled ? ` – ${t('origin.bundled')}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Edit, retire and mark as reviewed: each makes version `next`. */
function GridActions({ grid, next }: { grid: GridVersion; next: number }) {
  const { t } = useTranslation(['admin-grids', 'validation', 'account']);
  const navigate = useNavigate();
  const [reviewBy, setReviewBy] = useState('');
  const [reviewProblem, setReviewProblem] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);

  const save = async (make: () => Parameters<typeof saveGridVersion>[0], notice: string) => {
    setFailure(undefined);
    setBusy(true);
    try {
      const id = await saveGridVersion(make());
      await navigate(`/admin/option-grids/${id}`, { state: { saved: notice } });
    } catch (error) {
      setFailure(t('problems.saveFailed', { detail: String(error) }));
    } finally {
      setBusy(false);
    }
  };
  const markReviewed = () => {
    setAttempts((n) => n + 1);
    const today = todayOnDevice();
    const problem = reviewDateProblem(reviewBy, today);
    setReviewProblem(problem);
    if (problem) return;
    void save(
      () => reviewedVersion(grid, { version: next, today, reviewBy: reviewBy.trim() }),
      'reviewed',
    );
  };
  const reviewMessage = reviewProblem ? t(reviewProblem) : undefined;
  const summary = [
    ...(reviewMessage ? [{ fieldId: 'grid-review-date', message: reviewMessage }] : []),
    ...(failure ? [{ message: failure }] : []),
  ];

  return (
    <>
      <ErrorSummary title={t('validation:summaryTitle')} items={summary} focusKey={attempts} />
      <div className="nhsuk-button-group">
        <Link to="?view=edit" className="nhsuk-button" data-testid="edit-grid">
          {t('grid.edit', { version: next })}
        </Link>
        {!isRetired(grid) && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            disabled={busy}
            onClick={() => void save(() => retiredVersion(grid, next), 'retired')}
          >
            {t('grid.retire', { version: next })}
          </button>
        )}
      </div>
      {!isRetired(grid) && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            markReviewed();
          }}
          aria-labelledby="grid-review-heading"
        >
          <h3 className="nhsuk-heading-s" id="grid-review-heading">
            {t('grid.reviewTitle')}
          </h3>
          <p className="nhsuk-body">{t('grid.reviewLead', { version: next })}</p>
          <TextField
            id="grid-review-date"
            label={t('grid.newReviewBy')}
            hint={t('editor.reviewByHint')}
            type="date"
            className="nhsuk-input--width-10"
            value={reviewBy}
            onChange={(e) => setReviewBy(e.target.value)}
            error={reviewMessage}
            errorPrefix={t('account:errorPrefix')}
          />
          <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={busy}>
            {t('grid.markReviewed')}
          </button>
        </form>
      )}
    </>
  );
}
