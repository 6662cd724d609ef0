/**
 * Pausing, achieving, ending (with a reason) and reopening a goal, and moving it up or
 * down the list (issue #6 item 1). Ending asks why: an ending matters as much as a start.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localStore } from '../../../db';
import type { GoalRecord } from '../../../domain';
import { ErrorMessage } from '../../../ui/form/ErrorMessage';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import { movedOrder } from './goal-form';

interface GoalStatusControlsProps {
  goal: GoalRecord;
  sorted: readonly GoalRecord[];
}

export function GoalStatusControls({ goal, sorted }: GoalStatusControlsProps) {
  const { t } = useTranslation(['goals', 'account']);
  const [ending, setEnding] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const id = `status-${goal.id}`;
  const save = async (changes: Record<string, unknown>) => {
    setProblem(undefined);
    try {
      await localStore().records.update('goal', goal.id, changes);
      setEnding(false);
    } catch (error) {
      setProblem(saveFailureMessage(error, t));
    }
  };
  const move = (direction: 'up' | 'down') => {
    const order = movedOrder(sorted, goal.id, direction);
    if (order !== undefined) void save({ order });
  };
  const index = sorted.findIndex((g) => g.id === goal.id);
  return (
    <div className="app-goals-status">
      {problem && (
        <ErrorMessage id={`${id}-error`} prefix={t('account:errorPrefix')}>
          {problem}
        </ErrorMessage>
      )}
      <div className="nhsuk-button-group">
        {goal.status === 'active' ? (
          <>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => void save({ status: 'paused' })}
            >
              {t('status.pause')}
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => void save({ status: 'achieved' })}
            >
              {t('status.achieve')}
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              aria-expanded={ending}
              aria-controls={`${id}-end`}
              onClick={() => setEnding((e) => !e)}
            >
              {t('status.end')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => void save({ status: 'active', endReason: undefined })}
          >
            {t('status.reopen')}
          </button>
        )}
        {index > 0 && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => move('up')}
          >
            {t('status.up')}
          </button>
        )}
        {index >= 0 && index < sorted.length - 1 && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => move('down')}
          >
            {t('status.down')}
          </button>
        )}
      </div>
      {ending && (
        <div className="nhsuk-form-group" id={`${id}-end`}>
          <label className="nhsuk-label" htmlFor={`${id}-reason`}>
            {t('status.endReason')}
          </label>
          <textarea
            className="nhsuk-textarea"
            id={`${id}-reason`}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <button
            type="button"
            className="nhsuk-button"
            onClick={() => {
              if (reason.trim() === '') setProblem(t('status.endReasonRequired'));
              else void save({ status: 'ended', endReason: reason.trim() });
            }}
          >
            {t('status.confirmEnd')}
          </button>
        </div>
      )}
    </div>
  );
}
