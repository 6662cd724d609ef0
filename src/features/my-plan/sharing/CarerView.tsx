import { useTranslation } from 'react-i18next';
import { SectionsList } from './SectionsList';
import { sectionsOf } from '../../../domain/carer-sharing';
import type { CarerSharing } from './use-sharing';

/**
 * What a carer sees at /my-plan/sharing (issue #8 item 6): read-only, what the young
 * person shares with them and what each part means. Nothing to change: the choice is the
 * young person's (or their practitioner's).
 */
export function CarerView({
  name,
  carer,
  level,
}: {
  name: string;
  carer: CarerSharing | undefined;
  level: 2 | 3;
}) {
  const { t } = useTranslation('my-sharing');
  const Heading = level === 2 ? 'h2' : 'h3';
  const who = name || t('carer.theYoungPerson');
  return (
    <div data-testid="sharing-carer-view">
      <Heading className={level === 2 ? 'nhsuk-heading-m' : 'nhsuk-heading-s'}>
        {t('carer.heading', { name: who })}
      </Heading>
      <p className="nhsuk-body">{t('carer.intro', { name: who })}</p>
      <SectionsList sections={sectionsOf(carer?.settings)} who="carer" />
      <p className="nhsuk-body">{t('carer.change', { name: who })}</p>
    </div>
  );
}
