import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sessionPath } from '../../../ui/app-area-links';

/**
 * The page's main action: carry on the session being written, or start one. The session
 * screen itself decides which (it opens the case's session in progress, or starts one);
 * this only says which it will be, so the words match what happens.
 */
export function SessionButton({ caseId, inProgress }: { caseId: string; inProgress: boolean }) {
  const { t } = useTranslation('cases');
  return (
    <Link className="nhsuk-button" to={sessionPath(caseId)} data-testid="session-button">
      {t(inProgress ? 'overview.continueSession' : 'overview.startSession')}
    </Link>
  );
}
