import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseRecords } from '../../../db';
import type { AnyRecord } from '../../../domain';
import { CollaborateInvite } from '../CollaborateInvite';
import { MyGoals } from '../goals/MyGoals';
import { raterFor } from '../goals/goal-view';
import { LastSession } from '../LastSession';
import { NextTimeSection } from '../notes/NextTimeSection';
import { OurDecisions } from '../OurDecisions';
import { WhatsNext } from '../WhatsNext';
import { NextMeeting } from './NextMeeting';
import { sectionId, type HomeSection } from './section-ids';
import './home.scss';

export interface PlanOnPhoneProps {
  caseRecord: AnyRecord;
  userId: string;
  accountRoles: readonly string[];
  /** The person's first plan gets the plain section ids other pages link to. */
  first: boolean;
}

/**
 * One plan on the young person's or carer's phone (issue #8 item 1), in the order a young
 * person asked for in testing the idea: when we next meet, my goals with "rate now", what
 * we said last time, what we decided and the options we looked at, what happens when
 * help ends, and what I want to talk about next time; then my rights, my information and
 * who can see my plan. A carer's phone holds only what the young person shares (the
 * server sends nothing else), so the same sections simply show less; the carer is told
 * that the young person chooses.
 */
export function PlanOnPhone({ caseRecord, userId, accountRoles, first }: PlanOnPhoneProps) {
  const { t } = useTranslation('homes');
  const memberships = useCaseRecords('case-membership', caseRecord.id);
  const role = memberships ? raterFor(memberships, userId, accountRoles) : undefined;
  const caseId = caseRecord.id;
  const name = String(caseRecord['preferredName']);
  const id = (section: HomeSection) => sectionId(section, caseId, first);
  const carer = role === 'carer';
  return (
    <section aria-labelledby={`plan-${caseId}`} data-testid="my-plan-case">
      <h2 className="nhsuk-heading-m" id={`plan-${caseId}`}>
        {carer ? t('myPlan.carer.title', { name }) : t('myPlan.hello', { name })}
      </h2>
      {carer && (
        <p className="nhsuk-body" data-testid="my-plan-carer-lead">
          {t('myPlan.carer.lead', { name })}
        </p>
      )}
      <NextMeeting id={id('next-meeting')} caseRecord={caseRecord} />
      <CollaborateInvite caseId={caseId} />
      <div id={id('my-goals')}>
        <MyGoals caseId={caseId} />
      </div>
      <div id={id('last-meeting')}>
        <LastSession caseId={caseId} />
      </div>
      <div id={id('our-decisions')}>
        <OurDecisions caseId={caseId} />
      </div>
      <div id={id('whats-next')}>
        <WhatsNext caseId={caseId} />
      </div>
      <div id={id('next-time')}>
        <NextTimeSection caseId={caseId} />
      </div>
      <nav aria-labelledby={`more-${caseId}`} data-testid="my-plan-more">
        <h3 className="nhsuk-heading-s" id={`more-${caseId}`}>
          {t('myPlan.more.title')}
        </h3>
        <ul className="nhsuk-list app-link-list">
          {!carer && (
            <li>
              <Link to="/my-plan/rights">{t('myPlan.more.rights')}</Link>
            </li>
          )}
          {!carer && (
            <li>
              <Link to="/my-plan/about">{t('myPlan.more.about')}</Link>
            </li>
          )}
          <li>
            <Link to="/my-plan/sharing">
              {carer ? t('myPlan.carer.whatShared', { name }) : t('myPlan.more.sharing')}
            </Link>
          </li>
        </ul>
      </nav>
    </section>
  );
}
