import { useTranslation } from 'react-i18next';
import { SECTIONS, type Sections } from '../../../domain/carer-sharing';

/**
 * Read-only: each part of the plan, what it holds, and whether it is shared. Used where
 * the person cannot change the choice (a practitioner decided, or a carer is reading).
 * `who` picks the words: "your goals" for the young person, "their goals" for a carer.
 */
export function SectionsList({
  sections,
  who,
}: {
  sections: Sections;
  who: 'young-person' | 'carer';
}) {
  const { t } = useTranslation('my-sharing');
  const words = who === 'carer' ? 'carerSection' : 'section';
  return (
    <dl className="nhsuk-summary-list" data-testid="sharing-sections">
      {SECTIONS.map((s) => (
        <div className="nhsuk-summary-list__row" key={s}>
          <dt className="nhsuk-summary-list__key">{t(`${words}.${s}.label`)}</dt>
          <dd className="nhsuk-summary-list__value">
            <p className="nhsuk-body nhsuk-u-margin-bottom-1">
              <strong>{sections[s] ? t('readOnly.shared') : t('readOnly.notShared')}</strong>
            </p>
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">{t(`${words}.${s}.hint`)}</p>
          </dd>
        </div>
      ))}
    </dl>
  );
}
