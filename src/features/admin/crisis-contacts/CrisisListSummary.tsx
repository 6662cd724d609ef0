/**
 * A crisis list as an admin checks it: each line with everything it holds (what it is
 * for, the numbers, the words to text, hours, kind), in the order it was saved, then its
 * sources. Young people see the same lines as big call and text links
 * (src/ui/safety-plan/CrisisContactList.tsx); here the admin needs the details instead.
 *
 * Design choices: each line's name is an h3 under the page's "in use now" h2; the details
 * are an NHS.UK summary list, which reads well to screen readers as term and value.
 */
import { useTranslation } from 'react-i18next';
import type { CrisisContactListData } from '../../../domain';

export function CrisisListSummary({ list }: { list: CrisisContactListData }) {
  const { t } = useTranslation('admin-crisis-contacts');
  // Numbers keep their digit groups in order in right-to-left languages too.
  const row = (term: string, value: string | undefined, number = false) =>
    value ? (
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">{term}</dt>
        <dd className="nhsuk-summary-list__value">
          {number ? <bdi dir="ltr">{value}</bdi> : value}
        </dd>
      </div>
    ) : null;
  return (
    <>
      <ol className="nhsuk-list" data-testid="crisis-lines-in-use">
        {list.contacts.map((line) => (
          <li key={line.id} data-testid="crisis-line">
            <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">{line.name}</h3>
            <dl className="nhsuk-summary-list">
              {row(t('view.description'), line.description)}
              {row(t('view.call'), line.call, true)}
              {row(t('view.text'), line.text?.number, true)}
              {row(t('view.textBody'), line.text?.body)}
              {row(t('view.hours'), line.hours)}
              {row(t('view.when'), line.when ? t(`when.${line.when}`) : undefined)}
            </dl>
          </li>
        ))}
      </ol>
      <h3 className="nhsuk-heading-s">{t('view.sources')}</h3>
      <ul className="nhsuk-list nhsuk-list--bullet" data-testid="crisis-list-sources">
        {list.sources.map((source, i) => (
          <li key={`${source.title}-${i}`}>
            {source.url ? (
              <a href={source.url} rel="noreferrer">
                {source.title}
              </a>
            ) : (
              source.title
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
