import { useTranslation } from 'react-i18next';
import { STAFF_ROLE_CHOICES, type StaffRoleChoice } from '../../domain';

function isStaffRole(role: string): role is StaffRoleChoice {
  return (STAFF_ROLE_CHOICES as readonly string[]).includes(role);
}

/** An account's roles as a list in the page's language, e.g. "Practitioner and Administrator". */
export function useRoleNames(): (roles: readonly string[]) => string {
  const { t, i18n } = useTranslation('admin');
  return (roles) => {
    const names = STAFF_ROLE_CHOICES.filter((r) => roles.includes(r)).map((r) => t(`roles.${r}`));
    // Roles the admin screens don't manage (a young person's account, say) are not hidden.
    if (roles.some((r) => !isStaffRole(r))) names.push(t('roles.other'));
    if (names.length === 0) return t('roles.none');
    return new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(names);
  };
}
