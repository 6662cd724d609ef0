import type { TFunction } from 'i18next';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { COLLABORATE_ENABLED } from '../../content/collaborate';
import { useCaseload, useGoalRatingAges, useOrganisation, useSignedInAccount } from '../../db';
import { Checkbox } from '../../ui/form/Checkbox';
import { formatCalendarDate, todayOnDevice } from '../../ui/format-date';
import { Loading } from '../../ui/Spinner';
import { usePageTitle } from '../../ui/usePageTitle';
import {
  CASELOAD_SORTS,
  PAGE_SIZE,
  attentionReasons,
  goalNotRatedWeeksOf,
  viewCaseload,
  type AttentionReason,
  type CaseloadSort,
} from './caseload-view';
import { GroupingTag } from './GroupingTag';
import './cases.scss';

const isSort = (value: string): value is CaseloadSort =>
  (CASELOAD_SORTS as readonly string[]).includes(value);

const SORT_LABEL: Record<CaseloadSort, string> = {
  name: 'caseload.sortName',
  review: 'caseload.sortReview',
  updated: 'caseload.sortUpdated',
};

/** How long after the rows are shown the slower attention tags are read. */
const TAGS_AFTER_MS = 200;

const TAG_COLOUR: Record<AttentionReason['kind'], string> = {
  conflicts: 'nhsuk-tag--yellow',
  refused: 'nhsuk-tag--red',
  'review-passed': 'nhsuk-tag--orange',
  'goal-not-rated': 'nhsuk-tag--blue',
  'safety-plan-review': 'nhsuk-tag--orange',
};

/**
 * What needs attention in one case, as tags (nothing when all is well). A plain function
 * given the page's `t`, not a component with its own useTranslation: a hundred rows would
 * otherwise each subscribe to the language.
 */
function attentionTags(reasons: AttentionReason[], t: TFunction<'cases'>, language: string) {
  if (reasons.length === 0) return null;
  const words = (r: AttentionReason): string => {
    switch (r.kind) {
      case 'conflicts':
        return t('caseload.conflicts', { count: r.count });
      case 'refused':
        return t('caseload.refused', { count: r.count });
      case 'review-passed':
        return t('caseload.overdue');
      case 'goal-not-rated':
        return t('caseload.goalNotRated', {
          weeks: r.weeks,
          date: formatCalendarDate(r.since, language),
        });
      case 'safety-plan-review':
        return t(r.passed ? 'caseload.safetyPlanReviewPassed' : 'caseload.safetyPlanReviewDue', {
          date: formatCalendarDate(r.date, language),
        });
    }
  };
  return (
    <ul className="app-caseload__attention" aria-label={t('caseload.attention')}>
      {reasons.map((r) => (
        <li key={r.kind} className={`nhsuk-tag ${TAG_COLOUR[r.kind]}`}>
          {words(r)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The practitioner's caseload: every case on this device (offline too), searchable and
 * sortable, with the agreed grouping, the next review and what needs attention.
 */
export function CaseloadPage() {
  const { t, i18n } = useTranslation(['cases', 'common', 'collaborate', 'outcomes']);
  usePageTitle(t('caseload.title'), t('common:appName'));
  const account = useSignedInAccount();
  const cases = useCaseload();
  // Read apart and after the list is on screen (ratings are the biggest table): the tags
  // join the rows a moment later. The delay lets the browser paint the rows first and the
  // person start reading; a zero timeout ran before the next frame, so re-rendering every
  // row for the tags held back the first paint of the list.
  const [listShown, setListShown] = useState(false);
  useEffect(() => {
    if (cases === undefined || listShown) return;
    const timer = setTimeout(() => setListShown(true), TAGS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [cases, listShown]);
  const goalAges = useGoalRatingAges(listShown);
  // The service's choice of weeks before an unrated goal is flagged (admin page), or 6.
  const notRatedWeeks = goalNotRatedWeeksOf(useOrganisation());
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<CaseloadSort>('name');
  const [includeClosed, setIncludeClosed] = useState(false);
  // Rows shown; more on request. A long caseload stays quick to open and to search.
  const [limit, setLimit] = useState(PAGE_SIZE);
  // Typing stays responsive with 1,000 cases: the list catches up a moment later.
  const deferredSearch = useDeferredValue(search);
  const shown = useMemo(
    () =>
      cases &&
      viewCaseload(cases, { search: deferredSearch, sort, includeClosed, locale: i18n.language }),
    [cases, deferredSearch, sort, includeClosed, i18n.language],
  );
  const today = todayOnDevice();

  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('caseload.title')}
      </h1>
      {account === null && (
        <>
          <p className="nhsuk-body">{t('caseload.signInFirst')}</p>
          <Link className="nhsuk-button" to="/sign-in">
            {t('caseload.signIn')}
          </Link>
        </>
      )}
      {account && (
        <p className="nhsuk-body" data-testid="signed-in-as">
          {t('caseload.signedInAs', { name: account.displayName })}{' '}
          <Link to="/account">{t('caseload.yourAccount')}</Link>
        </p>
      )}
      {account && COLLABORATE_ENABLED && (
        <p className="nhsuk-body">
          <Link to="/practitioner/collaborate">{t('collaborate:figures.link')}</Link>
        </p>
      )}
      {account && (
        <p className="nhsuk-body">
          <Link to="/practitioner/outcomes" data-testid="outcomes-link">
            {t('outcomes:practitioner.link')}
          </Link>
        </p>
      )}
      {account && (
        <Link className="nhsuk-button" to="/practitioner/cases/new">
          {t('caseload.newCase')}
        </Link>
      )}
      {account && shown === undefined && <Loading label={t('common:loading')} />}
      {account && cases && shown && (
        <>
          <div className="app-caseload-controls" role="search">
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor="caseload-search">
                {t('caseload.search')}
              </label>
              <input
                className="nhsuk-input nhsuk-input--width-20"
                id="caseload-search"
                type="search"
                autoComplete="off"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
            </div>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor="caseload-sort">
                {t('caseload.sort')}
              </label>
              <select
                className="nhsuk-select"
                id="caseload-sort"
                value={sort}
                onChange={(e) => isSort(e.target.value) && setSort(e.target.value)}
              >
                {CASELOAD_SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(SORT_LABEL[s])}
                  </option>
                ))}
              </select>
            </div>
            <div className="nhsuk-form-group">
              <div className="nhsuk-checkboxes">
                <Checkbox
                  id="caseload-closed"
                  label={t('caseload.showClosed')}
                  checked={includeClosed}
                  onChange={setIncludeClosed}
                />
              </div>
            </div>
          </div>
          <p className="nhsuk-body" role="status" data-testid="caseload-count">
            {cases.length === 0
              ? t('caseload.empty')
              : shown.length === 0
                ? t('caseload.noMatches', { search: deferredSearch })
                : t('caseload.count', { count: shown.length })}
          </p>
          {shown.length > 0 && (
            <ul className="app-caseload" data-testid="caseload">
              {shown.slice(0, limit).map((c) => {
                const review =
                  typeof c.record.nextReviewOn === 'string' ? c.record.nextReviewOn : undefined;
                return (
                  <li key={c.record.id} className="app-caseload__item">
                    <div>
                      <Link
                        className="app-caseload__name"
                        to={`/practitioner/cases/${c.record.id}`}
                      >
                        {String(c.record.preferredName)}
                      </Link>{' '}
                      {typeof c.record.pronouns === 'string' && (
                        <span className="nhsuk-body-s">({c.record.pronouns})</span>
                      )}
                      {c.record.status === 'closed' && (
                        <strong className="nhsuk-tag nhsuk-tag--grey">
                          {t('caseload.closed')}
                        </strong>
                      )}
                    </div>
                    <div>
                      <span className="app-caseload__label">{t('caseload.grouping')}</span>
                      <GroupingTag grouping={c.grouping} />
                    </div>
                    <div>
                      <span className="app-caseload__label">{t('caseload.nextReview')}</span>
                      {review ? formatCalendarDate(review, i18n.language) : t('caseload.noReview')}
                    </div>
                    {attentionTags(
                      attentionReasons(
                        { ...c, goalsRatedSince: goalAges?.get(c.record.id) },
                        today,
                        notRatedWeeks,
                      ),
                      t,
                      i18n.language,
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {shown.length > limit && (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => setLimit((l) => l + PAGE_SIZE)}
            >
              {t('caseload.showMore', {
                count: Math.min(PAGE_SIZE, shown.length - limit),
                shown: limit,
                total: shown.length,
              })}
            </button>
          )}
        </>
      )}
    </>
  );
}
