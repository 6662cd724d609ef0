/**
 * Every agreed version of the safety plan (issue #7 item 4): its number, the date it was
 * agreed, the review date and who was there, each viewable as it was agreed; then "what
 * changed since last time" (the last two versions) and the changes made since the last
 * agreement that are not agreed yet.
 *
 * Design choices:
 * - Versions are read newest first here (the one that counts now at the top), numbered
 *   by the domain's order (number, then creation, for two agreed offline at once).
 * - A version opens in a details element with the shared read-only PlanSections, so it
 *   looks exactly like the plan on the young person's phone.
 */
import { useTranslation } from 'react-i18next';
import type { AnyRecord } from '../../../domain';
import {
  planChanges,
  planView,
  sortVersions,
  versionView,
  type BackupTeamInput,
  type PlanHeaderInput,
  type PlanItemInput,
  type VersionInput,
} from '../../../domain/safety-plan';
import type {
  PlanPresent,
  SafetyPlanVersionRecord,
} from '../../../domain/kinds/safety-plan-version';
import { formatCalendarDate } from '../../../ui/format-date';
import { PlanSections } from '../../../ui/safety-plan/PlanSections';
import { ChangesList } from './ChangesList';

interface VersionsSectionProps {
  plan: AnyRecord;
  items: AnyRecord[];
  actions: AnyRecord[];
  versions: AnyRecord[];
}

export function VersionsSection({ plan, items, actions, versions }: VersionsSectionProps) {
  const { t, i18n } = useTranslation('safety-plan');
  const sorted = sortVersions(versions as unknown as SafetyPlanVersionRecord[]);
  const date = (d: string) => formatCalendarDate(d, i18n.language);
  const presentWords = (present: readonly PlanPresent[]) =>
    present
      .map((p) =>
        p.name
          ? t('versions.personNamed', { name: p.name, role: t(`roles.${p.role}`) })
          : t(`roles.${p.role}`),
      )
      .join(', ');
  const latest = sorted.at(-1);
  const previous = sorted.at(-2);
  const live = planView(
    plan as unknown as PlanHeaderInput,
    items as unknown as PlanItemInput[],
    actions as unknown as BackupTeamInput[],
  );
  const view = (v: SafetyPlanVersionRecord) => versionView(v as VersionInput);

  return (
    <section
      className="app-safety-plan-editor__section"
      aria-labelledby="versions-heading"
      data-testid="plan-versions"
    >
      <h2 className="nhsuk-heading-m" id="versions-heading">
        {t('versions.heading')}
      </h2>
      {sorted.length === 0 ? (
        <p className="nhsuk-body">{t('versions.none')}</p>
      ) : (
        <ol className="nhsuk-list" reversed aria-label={t('versions.heading')}>
          {[...sorted].reverse().map((v) => (
            <li key={v.id} className="app-safety-plan-editor__item" data-testid="plan-version">
              <p className="nhsuk-body nhsuk-u-margin-bottom-1">
                <strong>
                  {t('versions.title', { version: v.version, date: date(v.agreedOn) })}
                </strong>
              </p>
              {v.reviewBy && (
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
                  {t('versions.reviewBy', { date: date(v.reviewBy) })}
                </p>
              )}
              <p className="nhsuk-body-s">
                {t('versions.present', { who: presentWords(v.present) })}
              </p>
              <details className="nhsuk-details">
                <summary className="nhsuk-details__summary">
                  <span className="nhsuk-details__summary-text">
                    {t('versions.see', { version: v.version })}
                  </span>
                </summary>
                <div className="nhsuk-details__text">
                  <PlanSections view={view(v)} headingLevel={3} />
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
      {latest && previous && (
        <>
          <h3 className="nhsuk-heading-s">
            {t('versions.sinceLastTime', { from: previous.version, to: latest.version })}
          </h3>
          <ChangesList
            changes={planChanges(view(previous), view(latest))}
            headingLevel={4}
            testId="changes-since-last-time"
          />
        </>
      )}
      {latest && (
        <>
          <h3 className="nhsuk-heading-s">
            {t('versions.notAgreedYet', { version: latest.version })}
          </h3>
          <ChangesList
            changes={planChanges(view(latest), live)}
            headingLevel={4}
            testId="changes-not-agreed"
          />
        </>
      )}
    </section>
  );
}
