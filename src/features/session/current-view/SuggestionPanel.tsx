import { useTranslation } from 'react-i18next';
import type { GroupingSuggestion } from '../../../domain';

/**
 * The payment-systems suggestion, worded as a prompt for discussion (domain/THRIVE.md §6):
 * what the rules would point towards and why, naming the problems, then the caveats the
 * rules always carry. Never an answer: there is nothing here to apply.
 */
export function SuggestionPanel({ suggestion }: { suggestion: GroupingSuggestion }) {
  const { t, i18n } = useTranslation('current-view');
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const names = (ids: readonly string[]) =>
    list.format(ids.map((id) => t(`presentingProblems.${id}`)));
  const { grouping } = suggestion;
  return (
    <section
      className="nhsuk-inset-text app-cv-suggestion"
      aria-labelledby="current-view-suggestion-title"
      data-testid="current-view-suggestion"
    >
      <h2 className="nhsuk-heading-s" id="current-view-suggestion-title">
        {t('suggestion.title')}
      </h2>
      <div aria-live="polite">
        {grouping === null ? (
          <p className="nhsuk-body">{t('suggestion.none')}</p>
        ) : (
          <>
            <p className="nhsuk-body nhsuk-u-margin-bottom-2">
              {t('suggestion.lead', { grouping: t(`suggestion.groupings.${grouping}`) })}
            </p>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {suggestion.reasons.map((reason) => (
                <li key={reason.code}>
                  {t(`suggestion.reasons.${reason.code}`, { items: names(reason.itemIds) })}
                </li>
              ))}
            </ul>
            <p className="nhsuk-body app-cv-suggestion__start">{t('suggestion.startingPoint')}</p>
          </>
        )}
      </div>
      {(suggestion.unratedCount > 0 || suggestion.notKnownCount > 0) && (
        <p className="nhsuk-body-s">
          {suggestion.unratedCount > 0 &&
            t('suggestion.unrated', { count: suggestion.unratedCount })}
          {suggestion.unratedCount > 0 && suggestion.notKnownCount > 0 && ' '}
          {suggestion.notKnownCount > 0 &&
            t('suggestion.notKnown', { count: suggestion.notKnownCount })}
        </p>
      )}
      <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-2">{t('suggestion.caveatsTitle')}</h3>
      <ul className="nhsuk-list nhsuk-list--bullet nhsuk-body-s">
        {suggestion.caveats.map((caveat) => (
          <li key={caveat}>{t(`suggestion.caveats.${caveat}`)}</li>
        ))}
      </ul>
    </section>
  );
}
