import { useEffect, useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUPINGS } from '../../domain/kinds/vocabulary';
import { suggestResources, type SignpostingAnswers } from '../../domain/signposting';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { ErrorMessage } from '../../ui/form/ErrorMessage';
import { todayOnDevice } from '../../ui/format-date';
import { Loading } from '../../ui/Spinner';
import { useDirectoryEntries } from './api';
import { CARD_MAX_RESOURCES, CardTooLongError, encodeCard } from './card-code';
import { entryView, toCardResource, type EntryView } from './entry-view';
import { NO_FILTERS, passesFilters, type SuggestionFilters } from './filters';
import { SIGNPOSTING_NAMESPACES } from './namespaces';
import { ResourceDetails } from './ResourceDetails';

export interface SuggestionsProps {
  headingRef: Ref<HTMLHeadingElement>;
  answers: SignpostingAnswers;
  /** Called once the suggestions are on screen (the conversation then owes a count). */
  onShown: () => void;
  onBack: () => void;
  onStartAgain: () => void;
  /** The chosen entries' ids (for the count) and the card's fragment. */
  onCard: (resourceIds: string[], fragment: string) => void;
}

const FILTER_KEYS: { key: keyof SuggestionFilters; label: string }[] = [
  { key: 'free', label: 'suggestions.filterFree' },
  { key: 'selfReferral', label: 'suggestions.filterSelfReferral' },
];
const REACH_KEYS: { key: keyof SuggestionFilters; label: string }[] = [
  { key: 'phone', label: 'suggestions.filterPhone' },
  { key: 'online', label: 'suggestions.filterOnline' },
  { key: 'walkIn', label: 'suggestions.filterWalkIn' },
];

const CHOICE_ERROR_ID = 'support-card-choice';

/**
 * Suggestions from the directory (bundled national and example entries, and the
 * organisation's own), grouped by THRIVE grouping with a plain line on what each means,
 * filtered on the device. Ticked entries go on the young person's card (up to five);
 * ticks are kept while filters change, and only what is ticked and still shown is used.
 */
export function Suggestions({
  headingRef,
  answers,
  onShown,
  onBack,
  onStartAgain,
  onCard,
}: SuggestionsProps) {
  const { t } = useTranslation(SIGNPOSTING_NAMESPACES);
  const entries = useDirectoryEntries();
  const [filters, setFilters] = useState<SuggestionFilters>(NO_FILTERS);
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState<'tooMany' | 'noneChosen' | 'tooLong' | undefined>();
  const [submits, setSubmits] = useState(0);

  const groups = useMemo(() => {
    if (entries === undefined) return undefined;
    return suggestResources(entries, answers, todayOnDevice()).map((group) => ({
      grouping: group.grouping,
      items: group.suggestions.map((s) => ({
        view: entryView(t, s.entry),
        reviewOverdue: s.reviewOverdue,
      })),
    }));
  }, [entries, answers, t]);

  const shown = useMemo(
    () =>
      (groups ?? [])
        .map((g) => ({ ...g, items: g.items.filter((i) => passesFilters(i.view, filters)) }))
        .filter((g) => g.items.length > 0),
    [groups, filters],
  );

  const ready = groups !== undefined;
  useEffect(() => {
    if (ready) onShown();
  }, [ready, onShown]);

  const views = new Map<string, EntryView>();
  for (const group of shown) for (const item of group.items) views.set(item.view.id, item.view);
  const chosenShown = chosen.filter((id) => views.has(id));
  const shownCount = views.size;

  const makeCard = () => {
    setSubmits((n) => n + 1);
    if (chosenShown.length === 0) return setProblem('noneChosen');
    if (chosenShown.length > CARD_MAX_RESOURCES) return setProblem('tooMany');
    const resources = chosenShown.map((id) => toCardResource(views.get(id) as EntryView));
    let fragment: string;
    try {
      fragment = encodeCard(resources);
    } catch (error) {
      if (error instanceof CardTooLongError) return setProblem('tooLong');
      throw error;
    }
    setProblem(undefined);
    onCard(chosenShown, fragment);
  };

  const message = problem ? t(`suggestions.${problem}`) : undefined;

  return (
    <section aria-labelledby="support-suggestions">
      {message && (
        <ErrorSummary
          title={t('suggestions.errorTitle')}
          items={[{ fieldId: CHOICE_ERROR_ID, message }]}
          focusKey={submits}
        />
      )}
      <h2 className="nhsuk-heading-m" id="support-suggestions" tabIndex={-1} ref={headingRef}>
        {t('suggestions.title')}
      </h2>
      {/* The heading above stays the same element while the directory arrives, so the
          focus put on it when this step opened is not lost. */}
      {groups === undefined ? (
        <Loading label={t('suggestions.loading')} />
      ) : (
        <>
          <p className="nhsuk-body">{t('suggestions.intro')}</p>

          {/* Folded away on a phone so the suggestions come first; opened with one tap. */}
          <details className="nhsuk-details app-signposting__filters">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">{t('suggestions.filtersTitle')}</span>
            </summary>
            <div className="nhsuk-details__text">
              <fieldset className="nhsuk-fieldset">
                <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                  {t('suggestions.filtersTitle')}
                </legend>
                <div className="nhsuk-checkboxes">
                  {[...FILTER_KEYS, ...REACH_KEYS].map(({ key, label }) => (
                    <div className="nhsuk-checkboxes__item" key={key}>
                      <input
                        className="nhsuk-checkboxes__input"
                        id={`filter-${key}`}
                        type="checkbox"
                        checked={filters[key]}
                        onChange={(e) => setFilters({ ...filters, [key]: e.target.checked })}
                      />
                      <label
                        className="nhsuk-label nhsuk-checkboxes__label"
                        htmlFor={`filter-${key}`}
                      >
                        {t(label)}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
          </details>
          <p className="nhsuk-body-s" role="status">
            {t('suggestions.shown', { count: shownCount })}
          </p>

          {groups.length === 0 && <p className="nhsuk-body">{t('suggestions.noneAtAll')}</p>}
          {groups.length > 0 && shown.length === 0 && (
            <p className="nhsuk-body">{t('suggestions.none')}</p>
          )}

          {GROUPINGS.map((grouping) => {
            const group = shown.find((g) => g.grouping === grouping);
            if (!group) return null;
            return (
              <section
                key={grouping}
                className="app-signposting__group"
                aria-labelledby={`grouping-${grouping}`}
              >
                <h3 className="nhsuk-heading-s" id={`grouping-${grouping}`}>
                  {t(`suggestions.groupings.${grouping}.name`)}
                </h3>
                <p className="nhsuk-body-s">{t(`suggestions.groupings.${grouping}.line`)}</p>
                <ul className="nhsuk-list">
                  {group.items.map(({ view, reviewOverdue }) => (
                    <li key={view.id} className="nhsuk-card app-signposting__resource">
                      <div className="nhsuk-card__content">
                        <h4 className="nhsuk-card__heading nhsuk-heading-s">
                          {view.name}
                          {view.example && (
                            <>
                              {' '}
                              <strong className="nhsuk-tag nhsuk-tag--yellow">
                                {t('suggestions.example')}
                              </strong>
                            </>
                          )}
                        </h4>
                        {view.example && (
                          <p className="nhsuk-body-s">{t('suggestions.exampleNote')}</p>
                        )}
                        {reviewOverdue && (
                          <p className="nhsuk-body-s app-signposting__overdue">
                            {t('suggestions.reviewOverdue')}
                          </p>
                        )}
                        <ResourceDetails view={view} />
                        <div className="nhsuk-checkboxes">
                          <div className="nhsuk-checkboxes__item">
                            <input
                              className="nhsuk-checkboxes__input"
                              id={`choose-${view.id}`}
                              type="checkbox"
                              checked={chosen.includes(view.id)}
                              onChange={(e) =>
                                setChosen(
                                  e.target.checked
                                    ? [...chosen, view.id]
                                    : chosen.filter((id) => id !== view.id),
                                )
                              }
                            />
                            <label
                              className="nhsuk-label nhsuk-checkboxes__label"
                              htmlFor={`choose-${view.id}`}
                            >
                              {t('suggestions.choose')}
                              <span className="nhsuk-u-visually-hidden">: {view.name}</span>
                            </label>
                          </div>
                        </div>
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}

          <div
            className={`nhsuk-form-group app-signposting__make-card${message ? ' nhsuk-form-group--error' : ''}`}
          >
            <p className="nhsuk-body" id={`${CHOICE_ERROR_ID}-hint`}>
              {t('suggestions.chooseSome')} {t('suggestions.chosen', { count: chosenShown.length })}
            </p>
            {message && (
              <ErrorMessage id={`${CHOICE_ERROR_ID}-error`} prefix={t('suggestions.errorPrefix')}>
                {message}
              </ErrorMessage>
            )}
            <button
              type="button"
              id={CHOICE_ERROR_ID}
              className="nhsuk-button"
              aria-describedby={`${CHOICE_ERROR_ID}-hint${message ? ` ${CHOICE_ERROR_ID}-error` : ''}`}
              onClick={makeCard}
            >
              {t('suggestions.makeCard')}
            </button>
          </div>
          <div className="app-signposting__actions">
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onBack}>
              {t('suggestions.back')}
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={onStartAgain}
            >
              {t('suggestions.startAgain')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
