import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../../app/i18n';
import { LANGUAGES, isLanguageCode, type LanguageCode } from '../../app/languages';
import { NotificationBanner } from '../../ui/NotificationBanner';

/**
 * The language switcher. Each language is shown in its own name and marked with its own
 * `lang`, so screen readers pronounce it correctly whatever language the page is in.
 */
export function LanguageSection() {
  const { t, i18n } = useTranslation('settings');
  const current = isLanguageCode(i18n.language) ? i18n.language : 'en-GB';
  const [choice, setChoice] = useState<LanguageCode>(current);
  const [changed, setChanged] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await chooseLanguage(choice);
    setChanged(true);
  }

  return (
    <section aria-labelledby="language-heading">
      <h2 className="nhsuk-heading-m" id="language-heading">
        {t('language.title')}
      </h2>
      {changed && <NotificationBanner title={t('language.changed')} variant="success" live />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="nhsuk-form-group">
          <fieldset className="nhsuk-fieldset" aria-describedby="language-hint">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              {t('language.legend')}
            </legend>
            <div className="nhsuk-hint" id="language-hint">
              {t('language.hint')}
            </div>
            <div className="nhsuk-radios">
              {LANGUAGES.map((language) => (
                <div className="nhsuk-radios__item" key={language.code}>
                  <input
                    className="nhsuk-radios__input"
                    id={`language-${language.code}`}
                    name="language"
                    type="radio"
                    value={language.code}
                    checked={choice === language.code}
                    onChange={() => setChoice(language.code)}
                  />
                  <label
                    className="nhsuk-label nhsuk-radios__label"
                    htmlFor={`language-${language.code}`}
                    lang={language.code}
                    dir={language.dir}
                  >
                    {language.endonym}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <button type="submit" className="nhsuk-button">
          {t('language.save')}
        </button>
      </form>
    </section>
  );
}
