import { useTranslation } from 'react-i18next';
import { GROUPINGS, type Grouping } from '../../domain';

const COLOUR: Record<Grouping, string> = {
  thriving: 'nhsuk-tag--green',
  'getting-advice': 'nhsuk-tag--aqua-green',
  'getting-help': 'nhsuk-tag--blue',
  'getting-more-help': 'nhsuk-tag--purple',
  'getting-risk-support': 'nhsuk-tag--orange',
};

const isGrouping = (value: string | undefined): value is Grouping =>
  value !== undefined && (GROUPINGS as readonly string[]).includes(value);

/** The agreed needs-based grouping as a tag, or plain "not agreed yet". */
export function GroupingTag({ grouping }: { grouping: string | undefined }) {
  const { t } = useTranslation('cases');
  if (!isGrouping(grouping)) return <span>{t('caseload.notAgreed')}</span>;
  return <strong className={`nhsuk-tag ${COLOUR[grouping]}`}>{t(`groupings.${grouping}`)}</strong>;
}
