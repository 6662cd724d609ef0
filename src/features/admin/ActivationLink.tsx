import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CreatedUser } from './admin-api';
import { ActivationLinkBox } from './ActivationLinkBox';
import { useFocusHeading } from './useFocusHeading';

export interface ActivationLinkProps {
  created: CreatedUser;
  onAddAnother: () => void;
}

/**
 * The new account's one-time activation link, as a full address the admin can pass on.
 * The server keeps only a hash of it, so once this screen is left it cannot be shown again.
 */
export function ActivationLink({ created, onAddAnother }: ActivationLinkProps) {
  const { t } = useTranslation('admin');
  const headingRef = useFocusHeading<HTMLHeadingElement>(created.user.id);
  const name = created.user.displayName;

  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1} ref={headingRef}>
        {t('created.title', { name })}
      </h1>
      <div className="nhsuk-warning-callout">
        <h2 className="nhsuk-warning-callout__label">
          <span role="text">{t('created.onceTitle')}</span>
        </h2>
        <p className="nhsuk-body">{t('created.once')}</p>
      </div>
      <ActivationLinkBox
        name={name}
        link={created.activation.link}
        expiresAt={created.activation.expiresAt}
      />
      <div className="app-banner__actions">
        <button type="button" className="nhsuk-button" onClick={onAddAnother}>
          {t('created.addAnother')}
        </button>
      </div>
      <p className="nhsuk-body nhsuk-u-margin-top-4">
        <Link to={{ search: '' }}>{t('created.back')}</Link>
      </p>
    </>
  );
}
