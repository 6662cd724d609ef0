import { useTranslation } from 'react-i18next';
import { useCaseRecords } from '../../db';
import type { AnyRecord, EndingPlan } from '../../domain';

/** The ending plan of the latest completed session, if it has one. */
export function latestEnding(sessions: readonly AnyRecord[]): EndingPlan | undefined {
  const latest = sessions
    .filter((s) => s.status === 'completed')
    .sort((a, b) => String(b.date).localeCompare(String(a.date)))[0];
  const ending = latest?.ending as Partial<EndingPlan> | undefined;
  if (!ending || typeof ending !== 'object') return undefined;
  const { whatNext, whoToContact, howToComeBack } = ending;
  if (
    typeof whatNext !== 'string' ||
    typeof whoToContact !== 'string' ||
    typeof howToComeBack !== 'string'
  )
    return undefined;
  return { whatNext, whoToContact, howToComeBack };
}

/**
 * "When your help ends or changes" on My plan (RESPECT: Transition support): what happens
 * next, who to contact and how to come back, as the latest completed session agreed it.
 * Nothing when that session has no ending plan. The server sends a carer no session's
 * ending plan, so a carer's phone shows nothing here. Uses only `my-information` and
 * `common`, which the home loads.
 */
export function WhatsNext({ caseId }: { caseId: string }) {
  const { t } = useTranslation(['my-information', 'common']);
  const sessions = useCaseRecords('session', caseId);
  const ending = sessions ? latestEnding(sessions) : undefined;
  if (!ending) return null;
  const headingId = `whats-next-${caseId}`;
  const parts = [
    ['whatNext', ending.whatNext],
    ['whoToContact', ending.whoToContact],
    ['howToComeBack', ending.howToComeBack],
  ] as const;
  return (
    <section aria-labelledby={headingId} data-testid="whats-next">
      <h3 className="nhsuk-heading-s" id={headingId}>
        {t('whatsNext.heading')}
      </h3>
      {parts.map(([key, value]) => (
        <div key={key}>
          <h4 className="nhsuk-heading-xs">{t(`whatsNext.${key}`)}</h4>
          <p className="nhsuk-body" dir="auto">
            {value}
          </p>
        </div>
      ))}
    </section>
  );
}
