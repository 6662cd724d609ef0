/**
 * A safety plan, read only (issue #7): each section under its plain-words title, its items
 * with who added them, phone numbers as tap-to-call links, a marker on sections the young
 * person wrote in their own words, then the backup team (who, their agreed action and when
 * it applies) and the coordinator the young person chose. Used on the young person's and
 * carer's phones, in print and for agreed versions on the tablet.
 *
 * Design choices:
 * - It renders a `PlanView` (domain/safety-plan.ts), so a live plan and an agreed version
 *   look the same.
 * - Semantic structure: one heading per section at `headingLevel`, items as lists, so a
 *   screen reader can jump section by section. Nothing is said by colour alone: "in my own
 *   words" and "added by" are words, and links are underlined with their action in text.
 * - Section, backup team and coordinator titles come from the shared
 *   `safety-plan-content` namespace; the words around them (who added an item, an empty
 *   section, "Call …") from `my-safety-plan`.
 * - `perspective="young-person"` says "you" and "me" on the young person's own phone;
 *   everyone else reads "the young person".
 * - `hideEmpty` leaves out sections with nothing in them (print, pocket card); on screen an
 *   empty section says so, so nobody wonders whether it failed to load.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { telHref } from '../../content/crisis-contacts';
import type { BackupTeamEntry, PlanItem, PlanView } from '../../domain/safety-plan';
import { SAFETY_PLAN_SECTIONS, type SafetyPlanSection } from '../../domain';
import { displayPhone } from './phone-display';
import { NUMBER_SLOT, PhoneInWords } from './PhoneInWords';
import './safety-plan.scss';

export type PlanPerspective = 'young-person' | 'other';

export interface PlanSectionsProps {
  view: PlanView;
  headingLevel: 2 | 3;
  perspective?: PlanPerspective;
  /** Only these sections, in this order (the pocket card); all of them by default. */
  sections?: readonly SafetyPlanSection[];
  /** Leave out empty sections (print). */
  hideEmpty?: boolean;
  /** Show the backup team and the coordinator (default true). */
  showTeam?: boolean;
  /** Say who added each item (default true; the pocket card has no room). */
  showWho?: boolean;
}

type HeadingTag = 'h2' | 'h3';

export function PlanSections({
  view,
  headingLevel,
  perspective = 'other',
  sections = SAFETY_PLAN_SECTIONS,
  hideEmpty = false,
  showTeam = true,
  showWho = true,
}: PlanSectionsProps) {
  const Heading: HeadingTag = headingLevel === 2 ? 'h2' : 'h3';
  const shown = sections.filter((s) => !hideEmpty || view.sections[s].length > 0);
  const hasCoordinator =
    (view.coordinatorName ?? '') !== '' || (view.coordinatorContact ?? '') !== '';
  return (
    <div className="app-safety-plan" data-testid="plan-sections">
      {shown.map((section) => (
        <Section
          key={section}
          section={section}
          items={view.sections[section]}
          ownWords={view.writtenByYoungPerson.includes(section)}
          Heading={Heading}
          perspective={perspective}
          showWho={showWho}
        />
      ))}
      {showTeam && (!hideEmpty || view.backupTeam.length > 0) && (
        <BackupTeam entries={view.backupTeam} Heading={Heading} />
      )}
      {showTeam && (!hideEmpty || hasCoordinator) && (
        <Coordinator
          name={view.coordinatorName}
          contact={view.coordinatorContact}
          Heading={Heading}
        />
      )}
    </div>
  );
}

function Section({
  section,
  items,
  ownWords,
  Heading,
  perspective,
  showWho,
}: {
  section: SafetyPlanSection;
  items: PlanItem[];
  ownWords: boolean;
  Heading: HeadingTag;
  perspective: PlanPerspective;
  showWho: boolean;
}) {
  const { t } = useTranslation(['my-safety-plan', 'safety-plan-content']);
  const id = useId();
  const who = perspective === 'young-person' ? 'me' : 'them';
  return (
    <section
      className="app-safety-plan__section"
      aria-labelledby={id}
      data-testid={`plan-section-${section}`}
    >
      <Heading className="nhsuk-heading-m app-safety-plan__title" id={id}>
        {t(`safety-plan-content:sections.${section}.title`)}
      </Heading>
      {ownWords && (
        <p className="nhsuk-body-s app-safety-plan__own-words" data-testid="own-words">
          <strong>{t(`view.ownWords.${who}`)}</strong>
        </p>
      )}
      {items.length === 0 ? (
        <p className="nhsuk-body app-safety-plan__empty">{t('view.empty')}</p>
      ) : (
        <ul className="nhsuk-list app-safety-plan__items">
          {items.map((item) => (
            <li key={item.id} className="app-safety-plan__item" data-testid="plan-item">
              <span className="app-safety-plan__text">{item.text}</span>
              {item.phone && <CallLink phone={item.phone} />}
              {showWho && (
                <span className="app-safety-plan__who">
                  {t(`view.addedBy.${who}.${item.addedByRole}`)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A coordinator's contact that is just a phone number becomes a tap-to-call link. */
function looksLikePhone(value: string): boolean {
  return /^\+?[0-9 ]{3,20}$/.test(value.trim());
}

function CallLink({ phone }: { phone: string }) {
  const { t } = useTranslation('my-safety-plan');
  const shown = displayPhone(phone);
  return (
    <a className="app-safety-plan__call" href={telHref(phone)}>
      <PhoneInWords words={t('view.call', { phone: NUMBER_SLOT })} number={shown} />
    </a>
  );
}

function BackupTeam({ entries, Heading }: { entries: BackupTeamEntry[]; Heading: HeadingTag }) {
  const { t } = useTranslation(['my-safety-plan', 'safety-plan-content']);
  const id = useId();
  return (
    <section className="app-safety-plan__section" aria-labelledby={id} data-testid="backup-team">
      <Heading className="nhsuk-heading-m app-safety-plan__title" id={id}>
        {t('safety-plan-content:backupTeam.title')}
      </Heading>
      {entries.length === 0 ? (
        <p className="nhsuk-body app-safety-plan__empty">{t('view.empty')}</p>
      ) : (
        <ul className="nhsuk-list app-safety-plan__items">
          {entries.map((entry) => (
            <li key={entry.id} className="app-safety-plan__item" data-testid="backup-team-entry">
              <span className="app-safety-plan__text">
                <strong>{t('view.backupTeam.who', { who: entry.who, role: entry.role })}</strong>
              </span>
              <span className="app-safety-plan__detail">
                {t('view.backupTeam.when', { when: entry.appliesWhen })}
              </span>
              <span className="app-safety-plan__detail">
                {t('view.backupTeam.action', { action: entry.action })}
              </span>
              {entry.phone && <CallLink phone={entry.phone} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Coordinator({
  name,
  contact,
  Heading,
}: {
  name: string | undefined;
  contact: string | undefined;
  Heading: HeadingTag;
}) {
  const { t } = useTranslation(['my-safety-plan', 'safety-plan-content']);
  const id = useId();
  const hasName = (name ?? '') !== '';
  const hasContact = (contact ?? '') !== '';
  return (
    <section className="app-safety-plan__section" aria-labelledby={id} data-testid="coordinator">
      <Heading className="nhsuk-heading-m app-safety-plan__title" id={id}>
        {t('safety-plan-content:coordinator.title')}
      </Heading>
      <p className="nhsuk-body-s">{t('safety-plan-content:coordinator.hint')}</p>
      {!hasName && !hasContact ? (
        <p className="nhsuk-body app-safety-plan__empty">{t('view.coordinator.none')}</p>
      ) : (
        <p className="nhsuk-body">
          {hasName && <strong className="app-safety-plan__text">{name}</strong>}
          {hasContact &&
            (looksLikePhone(contact ?? '') ? (
              <CallLink phone={contact ?? ''} />
            ) : (
              <span className="app-safety-plan__detail">
                {t('view.coordinator.contact', { contact })}
              </span>
            ))}
        </p>
      )}
    </section>
  );
}
