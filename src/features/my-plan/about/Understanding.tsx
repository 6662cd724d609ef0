import { useTranslation } from 'react-i18next';

/**
 * "What your care team understands" (RESPECT: Clarity): what the care team wrote on the
 * case for the young person, in plain words, or a plain line that it is not written yet
 * and that they can ask. Line breaks they typed become paragraphs.
 */
export function Understanding({
  caseId,
  text,
  headingLevel,
}: {
  caseId: string;
  text: string | undefined;
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation(['my-information', 'common']);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `understanding-${caseId}`;
  const paragraphs = (text ?? '')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return (
    <section aria-labelledby={headingId} data-testid="understanding">
      <Heading className="nhsuk-heading-m" id={headingId}>
        {t('understanding.heading')}
      </Heading>
      {paragraphs.length === 0 ? (
        <p className="nhsuk-body">{t('understanding.none')}</p>
      ) : (
        <>
          <p className="nhsuk-body-s">{t('understanding.lead')}</p>
          <div className="nhsuk-inset-text">
            {paragraphs.map((p, i) => (
              <p key={i} dir="auto">
                {p}
              </p>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
