import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SESSION_PARTS, sessionPath, type SessionPart } from './session-part';

interface SessionNavProps {
  caseId: string;
  sessionId: string;
  current: SessionPart;
}

/**
 * The parts of the session, always visible: a session is guided, not linear, so any part
 * can be opened at any time. Beside the part on a tablet; above it on a phone.
 */
export function SessionNav({ caseId, sessionId, current }: SessionNavProps) {
  const { t } = useTranslation('session');
  return (
    <nav className="session-nav" aria-label={t('nav.label')}>
      <ol className="session-nav__list">
        {SESSION_PARTS.map((part, index) => (
          <li key={part} className="session-nav__item">
            <Link
              className="session-nav__link"
              to={sessionPath(caseId, sessionId, part)}
              aria-current={part === current ? 'page' : undefined}
            >
              <span className="session-nav__number" aria-hidden="true">
                {index + 1}
              </span>
              {t(`parts.${part}`)}
            </Link>
          </li>
        ))}
      </ol>
      <p className="session-nav__print">
        <Link to={`/practitioner/cases/${caseId}/sessions/${sessionId}/print`}>
          {t('nav.print')}
        </Link>
      </p>
    </nav>
  );
}
