import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  clearPasscode,
  endHandOver,
  handOverPath,
  hasPasscode,
  localStore,
  saveCollaborateResponse,
  startHandOver,
  useCaseRecords,
  useHandOver,
  useRecord,
  useSignedInAccount,
  type HandOverPart,
} from '../../db';
import { hasAnswered } from '../../domain';
import { CollaborateForm } from '../../ui/collaborate/CollaborateForm';
import { EnterPasscodeForm } from '../../ui/passcode/EnterPasscodeForm';
import { SetPasscodeForm } from '../../ui/passcode/SetPasscodeForm';
import { Loading } from '../../ui/Spinner';
import { usePageTitle } from '../../ui/usePageTitle';
import { ForgottenPasscode } from './ForgottenPasscode';
import { RespectForm } from './respect/RespectForm';
import { SafetyPlanHandOver } from './safety-plan/SafetyPlanHandOver';
import { SessionCaseNotFound } from './SessionCaseNotFound';
import { sessionPath } from './session-part';
import './respect/respect.scss';
import './session.scss';

/**
 * Hand-over mode (issue #4 item 4): the practitioner hands the tablet to the young person
 * for one part, here RESPECT in their own words. While it is on, the app shows only this
 * screen, in young-person language; taking the tablet back needs the practitioner's
 * passcode, chosen on this device the first time (a forgotten one: sign in again online,
 * ForgottenPasscode).
 *
 * Design choices:
 * - The passcode is chosen before the tablet is handed over, never while the young person
 *   holds it: changing it would need the old one, so nobody holding the tablet can.
 * - Answers are saved to the same records as the practitioner's RESPECT form; the draft
 *   is shared too, so what the young person typed is there when the tablet comes back.
 * - The `collaborate` part (issue #5 item 5): the young person answers CollaboRATE after
 *   the session on the practitioner's tablet; one response, saved with this device, then
 *   thanks and the give-back step. If they already answered for the session, it says so.
 */
export function HandOverPage() {
  const { caseId, sessionId, part } = useParams();
  // The safety plan's words load only for its hand-over, not for the other parts.
  const { t } = useTranslation(
    part === 'safety-plan'
      ? ['session', 'common', 'collaborate', 'safety-plan']
      : ['session', 'common', 'collaborate'],
  );
  const navigate = useNavigate();
  const caseRecord = useRecord('case', caseId);
  const session = useRecord('session', sessionId);
  const records = useCaseRecords('respect-item', caseId);
  const responses = useCaseRecords('collaborate-response', caseId);
  const [collaborateSaved, setCollaborateSaved] = useState(false);
  const account = useSignedInAccount();
  const handOver = useHandOver();
  const [passcodeSet, setPasscodeSet] = useState<boolean>();
  const [stage, setStage] = useState<'questions' | 'giving-back' | 'forgotten'>('questions');
  const name = caseRecord ? String(caseRecord.preferredName) : '';
  const active =
    handOver !== null &&
    handOver.caseId === caseId &&
    handOver.sessionId === sessionId &&
    handOver.part === part;
  usePageTitle(
    active
      ? part === 'collaborate'
        ? t('collaborate:handOver.title', { name })
        : part === 'safety-plan'
          ? t('safety-plan:handOver.youngPerson.title', { name })
          : t('handOver.youngPerson.title', { name })
      : t('handOver.setup.title'),
    t('common:appName'),
  );

  useEffect(() => {
    if (!account) return;
    let cancelled = false;
    void hasPasscode(localStore().db, account.userId).then((has) => {
      if (!cancelled) setPasscodeSet(has);
    });
    return () => {
      cancelled = true;
    };
  }, [account]);

  if (caseRecord === undefined || session === undefined || account === undefined) {
    return <Loading label={t('common:loading')} />;
  }
  if (
    !caseId ||
    !sessionId ||
    (part !== 'respect' && part !== 'collaborate' && part !== 'safety-plan') ||
    !caseRecord ||
    caseRecord.deleted ||
    !session ||
    session.deleted ||
    session.caseId !== caseId
  ) {
    return <SessionCaseNotFound />;
  }
  const handPart: HandOverPart = part;
  const back = sessionPath(caseId, sessionId, part === 'collaborate' ? 'summary' : part);
  if (!account) {
    return (
      <>
        <h1 className="nhsuk-heading-l" tabIndex={-1}>
          {t('handOver.setup.title')}
        </h1>
        <p className="nhsuk-body">{t('handOver.setup.signInFirst')}</p>
        <Link to={back}>{t('handOver.setup.back')}</Link>
      </>
    );
  }

  if (active) {
    const giveBack = () => {
      endHandOver();
      void navigate(back, { replace: true });
    };
    if (stage === 'forgotten') {
      return (
        <ForgottenPasscode
          onSignedIn={(userId) => {
            // The passcode was forgotten: it goes, and a new one is chosen next time.
            if (userId === handOver.userId) void clearPasscode(localStore().db, userId);
            giveBack();
          }}
          onCancel={() => setStage('giving-back')}
        />
      );
    }
    if (stage === 'giving-back') {
      return (
        <>
          <EnterPasscodeForm
            userId={handOver.userId}
            onDone={giveBack}
            onForgotten={() => setStage('forgotten')}
          />
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => setStage('questions')}
          >
            {t('handOver.giveBack.notYet')}
          </button>
        </>
      );
    }
    const giveBackButton = (
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() => setStage('giving-back')}
      >
        {t('handOver.giveBack.start')}
      </button>
    );
    if (handPart === 'collaborate') {
      if (collaborateSaved) {
        return (
          <>
            <h1 className="nhsuk-heading-l" tabIndex={-1} ref={(el) => el?.focus()}>
              {t('collaborate:handOver.thanksTitle', { name })}
            </h1>
            <p className="nhsuk-body-l" role="status">
              {t('collaborate:handOver.thanks')}
            </p>
            {giveBackButton}
          </>
        );
      }
      return (
        <>
          <h1 className="nhsuk-heading-l" tabIndex={-1}>
            {t('collaborate:handOver.title', { name })}
          </h1>
          {responses === undefined ? (
            <Loading label={t('common:loading')} />
          ) : hasAnswered(responses, sessionId, 'young-person', account.userId) ? (
            <p className="nhsuk-body">{t('collaborate:handOver.already', { name })}</p>
          ) : (
            <>
              <p className="nhsuk-body-l">{t('collaborate:handOver.youngPersonLead')}</p>
              <CollaborateForm
                respondent="young-person"
                idPrefix="hand-over-collaborate"
                onSubmit={async (answers) => {
                  await saveCollaborateResponse(caseId, sessionId, 'young-person', answers);
                  setCollaborateSaved(true);
                }}
              />
            </>
          )}
          <hr className="nhsuk-section-break nhsuk-section-break--l nhsuk-section-break--visible" />
          {giveBackButton}
        </>
      );
    }
    if (handPart === 'safety-plan') {
      return (
        <>
          <SafetyPlanHandOver caseId={caseId} name={name} />
          <hr className="nhsuk-section-break nhsuk-section-break--l nhsuk-section-break--visible" />
          {giveBackButton}
        </>
      );
    }
    return (
      <>
        <h1 className="nhsuk-heading-l" tabIndex={-1}>
          {t('handOver.youngPerson.title', { name })}
        </h1>
        <p className="nhsuk-body-l">{t('handOver.youngPerson.lead')}</p>
        {records === undefined ? (
          <Loading label={t('common:loading')} />
        ) : (
          <RespectForm
            caseId={caseId}
            sessionId={sessionId}
            name={name}
            audience="young-person"
            records={records}
          />
        )}
        <hr className="nhsuk-section-break nhsuk-section-break--l nhsuk-section-break--visible" />
        {giveBackButton}
      </>
    );
  }

  if (passcodeSet === false) {
    return (
      <>
        <p className="nhsuk-body session-back">
          <Link to={back}>{t('handOver.setup.back')}</Link>
        </p>
        <SetPasscodeForm userId={account.userId} onDone={() => setPasscodeSet(true)} />
      </>
    );
  }
  const begin = () => {
    startHandOver({ caseId, sessionId, part: handPart, userId: account.userId });
    void navigate(handOverPath({ caseId, sessionId, part: handPart }), { replace: true });
  };
  return (
    <>
      <p className="nhsuk-body session-back">
        <Link to={back}>{t('handOver.setup.back')}</Link>
      </p>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('handOver.setup.title')}
      </h1>
      <p className="nhsuk-body">
        {handPart === 'collaborate'
          ? t('collaborate:handOver.lead', { name })
          : handPart === 'safety-plan'
            ? t('safety-plan:handOver.setupLead', { name })
            : t('handOver.setup.lead', { name })}
      </p>
      {passcodeSet === undefined ? (
        <Loading label={t('common:loading')} />
      ) : (
        <button type="button" className="nhsuk-button" onClick={begin}>
          {t('handOver.setup.begin', { name })}
        </button>
      )}
    </>
  );
}
