import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RESPECT_CONTENT } from '../../../content/respect';
import { usePageTitle } from '../../../ui/usePageTitle';
import { RIGHT_LINKS } from './rights-links';

/**
 * "My rights" (issue #8 item 3): the seven RESPECT rights in the young person's words,
 * each with links to where it is met in their plan. The list follows the RESPECT content
 * (its headings, in order), so a service that changes the content changes this page;
 * the words are the `my-rights` namespace's, written for a reading age of 11–12.
 */
export function RightsPage() {
  const { t } = useTranslation(['my-rights', 'common']);
  usePageTitle(t('title'), t('common:appName'));
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="nhsuk-body-l">{t('intro')}</p>
      <p className="nhsuk-body">{t('introWhere')}</p>
      {RESPECT_CONTENT.headings.map((heading) => {
        const headingId = `right-${heading.id}`;
        const links = RIGHT_LINKS[heading.id] ?? [];
        return (
          <section key={heading.id} aria-labelledby={headingId} data-testid="my-right">
            <h2 className="nhsuk-heading-m" id={headingId}>
              <span className="nhsuk-caption-m">
                {t('caption', { letter: heading.letter, name: t(`rights.${heading.id}.name`) })}
                <span className="nhsuk-u-visually-hidden">: </span>
              </span>
              {t(`rights.${heading.id}.title`)}
            </h2>
            <p className="nhsuk-body">{t(`rights.${heading.id}.text`)}</p>
            {links.length > 0 && (
              <ul className="nhsuk-list" aria-label={t('findIt')}>
                {links.map((link) => (
                  <li key={link.label}>
                    <Link to={link.to}>{t(`links.${link.label}`)}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <p className="nhsuk-body">{t('notHappening')}</p>
    </>
  );
}
