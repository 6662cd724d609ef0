/**
 * The UK defaults that come with OurPlan as a whole list (lines, sources, review date,
 * example flag), with the lines' words in the admin's current language: what the screen
 * shows when the organisation has no list, and what the editor starts from.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CRISIS_CONTACTS_NAMESPACE,
  bundledCrisisContactList,
} from '../../../content/crisis-contacts';
import type { CrisisContactListData } from '../../../domain';

export function useBundledCrisisList(): CrisisContactListData {
  const { t, i18n } = useTranslation(CRISIS_CONTACTS_NAMESPACE);
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () =>
      bundledCrisisContactList((id) => ({
        name: t(`contacts.${id}.name`, { lng: language }),
        description: t(`contacts.${id}.description`, { lng: language }),
        hours: t(`contacts.${id}.hours`, { lng: language }),
      })),
    [t, language],
  );
}
