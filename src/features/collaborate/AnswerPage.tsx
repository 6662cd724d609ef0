import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { COLLABORATE_ENABLED } from '../../content';
import { saveCollaborateResponse, useCaseRecords, useRecord, useSignedInAccount } from '../../db';
import { collaborateRespondentFor, hasAnswered } from '../../domain';
import { CollaborateForm } from '../../ui/collaborate/CollaborateForm';
import { formatCalendarDate } from '../../ui/format-date';
import { Loading } from '../../ui/Spinner';
import { usePageTitle } from '../../ui/usePageTitle';

/**
 * CollaboRATE on the young person's or carer's phone (issue #5 item 5), at
 * /my-plan/sessions/:sessionId/collaborate: the three questions about a finished session,
 * in the version for who they are on the case (young person, or parent/carer). One
 * append-only response per person per session: once answered, this page says so.
 */
export function AnswerPage() {
  const { t, i18n } = useTranslation(['collaborate', 'common']);
  usePageTitle(t('answer.title'), t('common:appName'));
  const { sessionId } = useParams();
  const account = useSignedInAccount();
  const session = useRecord('session', sessionId);
  const caseId = session && !session.deleted ? (session.caseId ?? undefined) : undefined;
  const memberships = useCaseRecords('case-membership', caseId);
  const responses = useCaseRecords('collaborate-response', caseId);
  const [saved, setSaved] = useState(false);

  const back = (
    <p className="nhsuk-body">
      <Link to="/my-plan">{t('answer.back')}</Link>
    </p>
  );
  const page = (body: ReactNode) => (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('answer.title')}
      </h1>
      {body}
      {back}
    </>
  );

  if (!COLLABORATE_ENABLED) return page(<p className="nhsuk-body">{t('answer.off')}</p>);
  if (account === undefined || session === undefined) {
    return <Loading label={t('common:loading')} />;
  }
  if (account === null) return page(<p className="nhsuk-body">{t('answer.signInFirst')}</p>);
  if (!session || session.deleted || !caseId) {
    return page(<p className="nhsuk-body">{t('answer.notFound')}</p>);
  }
  if (memberships === undefined || responses === undefined) {
    return <Loading label={t('common:loading')} />;
  }
  const respondent = collaborateRespondentFor(memberships, account.userId, account.roles);
  if (!respondent) return page(<p className="nhsuk-body">{t('answer.notForYou')}</p>);
  if (saved) {
    return (
      <>
        <h1 className="nhsuk-heading-l" tabIndex={-1} ref={(el) => el?.focus()}>
          {t('answer.thanksTitle')}
        </h1>
        <p className="nhsuk-body" role="status">
          {t('answer.thanks')}
        </p>
        {back}
      </>
    );
  }
  if (session.status !== 'completed') {
    return page(<p className="nhsuk-body">{t('answer.notYet')}</p>);
  }
  if (hasAnswered(responses, session.id, respondent, account.userId)) {
    return page(
      <p className="nhsuk-body" data-testid="collaborate-already">
        {t('answer.already')}
      </p>,
    );
  }
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('answer.title')}
      </h1>
      <p className="nhsuk-body">
        {t('answer.meeting', {
          date: formatCalendarDate(String(session.date), i18n.language),
        })}
      </p>
      <CollaborateForm
        respondent={respondent}
        onSubmit={async (answers) => {
          await saveCollaborateResponse(caseId, session.id, respondent, answers);
          setSaved(true);
        }}
      />
      {back}
    </>
  );
}
