/**
 * The entries that come with OurPlan: national services (Childline, Shout ...) and the
 * made-up examples. Each can be switched off for the whole organisation (kept in the
 * organisation record's `disabledDirectoryIds`), e.g. a service that the area does not
 * fund, or the examples once the service has added its own.
 *
 * Design choices:
 * - A button per entry ("Switch off Kooth") rather than a checkbox that saves as it is
 *   ticked: NHS.UK asks that controls do not act on change, and the button names what it
 *   does and to which entry.
 * - The switches need the organisation record (the service settings make it); without
 *   one the screen says so instead of offering a switch that cannot save.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUNDLED_DIRECTORY } from '../../../content';
import { useOrganisation } from '../../../db';
import type { DirectoryEntry } from '../../../domain';
import { saveFailureMessage } from '../../../ui/form/save-failure';
import { bundledWords } from './bundled-words';
import { disabledIdsOf, setBundledEntryShown } from './directory-store';

export function BundledEntries() {
  const { t } = useTranslation(['admin-directory', 'directory', 'validation', 'common']);
  const organisation = useOrganisation();
  const [failure, setFailure] = useState<string>();
  if (organisation === undefined) return null;
  const disabled = new Set(disabledIdsOf(organisation));
  const national = BUNDLED_DIRECTORY.filter((e) => e.source === 'national');
  const examples = BUNDLED_DIRECTORY.filter((e) => e.source === 'example');

  const toggle = async (id: string, shown: boolean) => {
    setFailure(undefined);
    try {
      await setBundledEntryShown(id, shown);
    } catch (error) {
      setFailure(saveFailureMessage(error, t));
    }
  };

  const list = (entries: DirectoryEntry[], testId: string) => (
    <ul className="nhsuk-list" data-testid={testId}>
      {entries.map((entry) => {
        const off = disabled.has(entry.id);
        // The bundled words in the admin's language, as /support shows them.
        const name = bundledWords(t, entry, 'name');
        return (
          <li key={entry.id} className="app-directory-entry" data-testid={`bundled-${entry.id}`}>
            <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
              {name}
              {entry.source === 'example' && (
                <strong className="nhsuk-tag nhsuk-tag--yellow app-directory-tag">
                  {t('tags.example')}
                </strong>
              )}
            </h3>
            <p className="nhsuk-body nhsuk-u-margin-bottom-2">
              {bundledWords(t, entry, 'description')}
            </p>
            <p className="nhsuk-body nhsuk-u-margin-bottom-2" data-testid="bundled-state">
              {off ? t('bundled.off') : t('bundled.on')}
            </p>
            {organisation && (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                onClick={() => void toggle(entry.id, off)}
                // Names the entry, since every entry has the same button.
                aria-label={t(off ? 'bundled.switchOnNamed' : 'bundled.switchOffNamed', { name })}
              >
                {off ? t('bundled.switchOn') : t('bundled.switchOff')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );

  return (
    <>
      <section aria-labelledby="directory-national-heading" className="nhsuk-u-margin-top-7">
        <h2 className="nhsuk-heading-m" id="directory-national-heading">
          {t('bundled.nationalTitle')}
        </h2>
        <p className="nhsuk-body">{t('bundled.nationalLead')}</p>
        {!organisation && (
          <div className="nhsuk-inset-text" data-testid="no-organisation">
            <p className="nhsuk-body">{t('bundled.noOrganisation')}</p>
          </div>
        )}
        {failure && (
          <p className="nhsuk-error-message" role="alert">
            {failure}
          </p>
        )}
        {list(national, 'national-entries')}
      </section>
      <section aria-labelledby="directory-examples-heading" className="nhsuk-u-margin-top-7">
        <h2 className="nhsuk-heading-m" id="directory-examples-heading">
          {t('bundled.examplesTitle')}
        </h2>
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">{t('bundled.noticeLabel')} </span>
          <p className="nhsuk-body">{t('bundled.examplesLead')}</p>
        </div>
        {list(examples, 'example-entries')}
      </section>
    </>
  );
}
