/**
 * The session part "Agreeing the grouping by shared decision" (issue #4 item 3;
 * domain/THRIVE.md §1, §2, §4): the five groupings in plain words, everyone's view, the
 * grouping agreed and why, and the grouping history.
 *
 * This file only gathers the case's grouping records and lays out the part; the form
 * (GroupingForm) and the rules for saving and the history (save-grouping.ts) are apart.
 */
import { useTranslation } from 'react-i18next';
import { GROUPING_CONTENT } from '../../../content';
import { useCaseRecords } from '../../../db';
import { Loading } from '../../../ui/Spinner';
import type { SessionPartProps } from '../session-part';
import { CurrentGrouping } from './CurrentGrouping';
import { GroupingForm } from './GroupingForm';
import { GroupingHistory } from './GroupingHistory';
import {
  asDecisions,
  asHistory,
  historyNewestFirst,
  latestDecision,
  sessionDecision,
} from './grouping-records';
import './grouping.scss';

export function GroupingPart({ caseId, session }: SessionPartProps) {
  const { t } = useTranslation(['grouping', 'common']);
  const decisionRows = useCaseRecords('grouping-decision', caseId);
  const historyRows = useCaseRecords('grouping-history-entry', caseId);
  if (decisionRows === undefined || historyRows === undefined) {
    return <Loading label={t('common:loading')} />;
  }
  const decisions = asDecisions(decisionRows);
  const latest = latestDecision(decisions);
  return (
    <div className="app-grouping">
      <GroupingForm
        // A new form (and draft) per session; saving in it never remounts it.
        key={session.id}
        caseId={caseId}
        session={session}
        existing={sessionDecision(decisions, session.id)}
        latest={latest}
      >
        <p className="nhsuk-body-l">{t('intro')}</p>
        {GROUPING_CONTENT.exampleContent && (
          <p className="nhsuk-body-s app-grouping-example">{t('exampleContent')}</p>
        )}
        <CurrentGrouping decision={latest} />
      </GroupingForm>
      <GroupingHistory entries={historyNewestFirst(asHistory(historyRows))} />
    </div>
  );
}
