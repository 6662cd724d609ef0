import { useTranslation } from 'react-i18next';
import { useRecord } from '../../../db';
import type { AnyRecord } from '../../../domain';

const STAFF_ROLES = new Set(['practitioner', 'lead-practitioner']);

/** The people on the care team: active practitioner memberships, one per person. */
export function careTeamIds(memberships: readonly AnyRecord[]): string[] {
  const ids = memberships
    .filter((m) => !m.deleted && m['active'] === true && STAFF_ROLES.has(String(m['role'])))
    .map((m) => String(m['userId']));
  return [...new Set(ids)];
}

/**
 * The care team by name. A young person's and carer's phone receives staff names (user
 * records of staff only), so the names show offline; one not arrived yet is left out.
 */
export function CareTeam({
  memberships,
  headingLevel,
}: {
  memberships: readonly AnyRecord[];
  headingLevel: 3 | 4;
}) {
  const { t } = useTranslation(['my-information', 'common']);
  const ids = careTeamIds(memberships);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div data-testid="care-team">
      <Heading className="nhsuk-heading-s">{t('whoHas.careTeam')}</Heading>
      <p className="nhsuk-body">{t('whoHas.careTeamLead')}</p>
      {ids.length === 0 ? (
        <p className="nhsuk-body">{t('whoHas.noNames')}</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {ids.map((id) => (
            <StaffName key={id} userId={id} />
          ))}
        </ul>
      )}
    </div>
  );
}

function StaffName({ userId }: { userId: string }) {
  const user = useRecord('user', userId);
  const name = typeof user?.['displayName'] === 'string' ? user['displayName'] : '';
  return name ? <li data-testid="care-team-name">{name}</li> : null;
}
