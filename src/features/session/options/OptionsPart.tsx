/**
 * The session part "Comparing options" (issue #5 items 3–4; RESPECT Review, Effective
 * help, Select): choose an option grid, compare its options together, and record what was
 * decided. Which grid is open is in the address (`?grid=<id>`), so a reload or the back
 * button keeps the place.
 */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCaseRecords, useGridVersions, useRecord } from '../../../db';
import { currentGrids, type OptionGridDecisionRecord } from '../../../domain';
import { Loading } from '../../../ui/Spinner';
import type { SessionPartProps } from '../session-part';
import { CompareOptions } from './CompareOptions';
import { GridPicker } from './GridPicker';
import { SessionDecisions } from './SessionDecisions';
import { caseAge, currentGroupingOf } from './who-for';
import './options.scss';

export function OptionsPart({ caseId, session }: SessionPartProps) {
  const { t } = useTranslation(['options', 'common']);
  const [params] = useSearchParams();
  const versions = useGridVersions();
  const caseRecord = useRecord('case', caseId);
  const groupingRows = useCaseRecords('grouping-decision', caseId);
  const decisionRows = useCaseRecords('option-grid-decision', caseId);
  if (
    versions === undefined ||
    caseRecord === undefined ||
    groupingRows === undefined ||
    decisionRows === undefined
  ) {
    return <Loading label={t('common:loading')} />;
  }
  const decisions = (decisionRows as OptionGridDecisionRecord[]).filter(
    (d) => d.sessionId === session.id,
  );
  const gridId = params.get('grid');
  const open = gridId === null ? undefined : versions.find((v) => v.id === gridId);
  if (open !== undefined) {
    const existing = decisions.find((d) => d.gridId === open.id);
    return (
      <CompareOptions
        // A new form (and draft) per grid; saving in it never remounts it.
        key={open.id}
        caseId={caseId}
        session={session}
        grid={open}
        existing={existing}
      />
    );
  }
  return (
    <div className="app-options">
      {gridId !== null && (
        <p className="nhsuk-error-message" role="alert">
          {t('picker.gridNotFound')}
        </p>
      )}
      <p className="nhsuk-body-l">{t('intro')}</p>
      <SessionDecisions decisions={decisions} versions={versions} />
      <GridPicker
        grids={currentGrids(versions)}
        who={{
          grouping: currentGroupingOf(groupingRows),
          age: caseRecord ? caseAge(caseRecord) : undefined,
        }}
      />
    </div>
  );
}
