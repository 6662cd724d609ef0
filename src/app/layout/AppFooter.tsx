import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** `locked` (hand-over mode): no links out of the screen. */
export function AppFooter({ locked = false }: { locked?: boolean }) {
  const { t } = useTranslation();
  return (
    <footer className="nhsuk-footer app-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <h2 className="app-visually-hidden">{t('footer.label')}</h2>
        {!locked && (
          <ul className="app-footer__list">
            <li>
              <Link className="nhsuk-footer__list-item-link app-footer__link" to="/settings">
                {t('footer.settings')}
              </Link>
            </li>
          </ul>
        )}
        <p className="nhsuk-body-s">{t('footer.privacy')}</p>
      </div>
    </footer>
  );
}
