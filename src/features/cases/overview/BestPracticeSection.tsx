import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BestPracticeChecklist } from '../../../domain';
import { appAreaPath } from '../../../ui/app-area-links';
import { formatCalendarDate } from '../../../ui/format-date';
import { checklistAnswer, type GoalDays } from './checklist-words';

/**
 * THRIVE's "is this a best-practice intervention?" checklist (THRIVE.md §5), derived from
 * the record by bestPracticeChecklist. Each item keeps THRIVE's question, says what the
 * record shows (checklist-words.ts), and is worded as a prompt: the record shows what was
 * written down, not how well it was done. An item the record does not show yet links to
 * where it can be done (appAreaPath), or says where it will be when that part of the app
 * is not built yet.
 */
export function BestPracticeSection({
  caseId,
  checklist,
  goalDays,
}: {
  caseId: string;
  checklist: BestPracticeChecklist;
  goalDays: GoalDays;
}) {
  const { t, i18n } = useTranslation('cases');
  const words = {
    date: (d: string) => formatCalendarDate(d, i18n.language),
    grouping: (g: string) => t(`groupings.${g}`),
  };
  return (
    <section aria-labelledby="overview-checklist" data-testid="best-practice">
      <h2 className="nhsuk-heading-m" id="overview-checklist">
        {t('checklist.title')}
      </h2>
      <p className="nhsuk-body">{t('checklist.lead')}</p>
      <ol className="app-checklist">
        {checklist.items.map((item, index) => {
          const answer = checklistAnswer(item, goalDays, words);
          const path = item.met ? undefined : appAreaPath(item.whereTo, caseId);
          return (
            <li
              key={item.id}
              className="app-checklist__item"
              data-testid={`checklist-${item.id}`}
              data-met={item.met}
            >
              <h3 className="nhsuk-heading-s app-checklist__question">
                <span className="app-checklist__number">{index + 1}.</span>{' '}
                {t(`checklist.questions.${item.id}`)}
              </h3>
              <p className="nhsuk-body">
                <strong
                  className={`nhsuk-tag ${item.met ? 'nhsuk-tag--green' : 'nhsuk-tag--yellow'}`}
                >
                  {t(item.met ? 'checklist.recorded' : 'checklist.toLookAt')}
                </strong>{' '}
                {t(`checklist.answers.${answer.key}`, answer.values)}
              </p>
              {!item.met &&
                (path ? (
                  <p className="nhsuk-body">
                    <Link to={path}>{t(`checklist.go.${item.whereTo}`)}</Link>
                  </p>
                ) : (
                  <p className="nhsuk-body-s">{t(`checklist.later.${item.whereTo}`)}</p>
                ))}
            </li>
          );
        })}
      </ol>
      <p className="nhsuk-body">
        {t(
          checklist.isBestPractice
            ? 'checklist.allBestPractice'
            : checklist.isIntervention
              ? 'checklist.allIntervention'
              : 'checklist.notAll',
        )}
      </p>
    </section>
  );
}
