import { useTranslation } from 'react-i18next';
import { GBO_RELIABLE_CHANGE } from '../../domain';

/** What reliable change means, in plain words, with where the threshold comes from. */
export function ReliableChangeExplained() {
  const { t, i18n } = useTranslation('outcomes');
  const threshold = new Intl.NumberFormat(i18n.language).format(GBO_RELIABLE_CHANGE);
  return (
    <section aria-labelledby="reliable-change-title" data-testid="reliable-change-explained">
      <h2 className="nhsuk-heading-m" id="reliable-change-title">
        {t('explained.title')}
      </h2>
      <p className="nhsuk-body">{t('explained.scale')}</p>
      <p className="nhsuk-body">{t('explained.reliable', { threshold })}</p>
      <p className="nhsuk-body">{t('explained.counted')}</p>
      <p className="nhsuk-body-s">{t('explained.reference')}</p>
    </section>
  );
}
