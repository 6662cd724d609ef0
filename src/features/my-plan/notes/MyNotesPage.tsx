import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { localStore, useCaseload, useSignedInAccount } from '../../../db';
import { Loading } from '../../../ui/Spinner';
import { usePageTitle } from '../../../ui/usePageTitle';
import { NoteForm } from './NoteForm';
import { NoteList } from './NoteList';
import type { NextTimePurpose } from '../../../domain/next-time-notes';
import { useMyNotes } from './use-my-notes';

/**
 * "Things to talk about", at /my-plan/notes (issue #8 item 2, RESPECT:
 * Expression): the young person writes a question or something they want to say for
 * their practitioner, which appears on the practitioner's next session screen. Below,
 * everything they have written, newest first. Saved on this phone as a `note` record
 * (audience young person and care team), so it works offline and syncs later.
 *
 * Design choices:
 * - Which plan: a young person or carer syncs only the cases they were invited to, almost
 *   always one. The home's "Add something" link names its case (?case=<id>); without it
 *   (or with a case not on this phone) the first case on the phone is used.
 * - A carer cannot write notes (the server's write policy), so there is no form: the page
 *   says only the young person can add things here, and lists the young person's notes
 *   that reach the carer's phone, which happens only when the young person shares their
 *   notes with them (the server's read policy).
 */
export function MyNotesPage() {
  const { t } = useTranslation(['my-notes', 'common', 'validation']);
  usePageTitle(t('page.title'), t('common:appName'));
  const account = useSignedInAccount();
  const cases = useCaseload();
  const [params] = useSearchParams();

  if (account === undefined || (account && cases === undefined)) {
    return <Loading label={t('common:loading')} />;
  }
  const title = (
    <h1 className="nhsuk-heading-l" tabIndex={-1}>
      {t('page.title')}
    </h1>
  );
  if (!account) {
    return (
      <>
        {title}
        <p className="nhsuk-body" data-testid="my-notes-sign-in">
          {t('page.signIn')}
        </p>
        <p className="nhsuk-body">
          <Link to="/sign-in/family">{t('page.signInLink')}</Link>
        </p>
      </>
    );
  }
  const plans = cases ?? [];
  const wanted = params.get('case');
  const plan = plans.find((c) => c.record.id === wanted) ?? plans[0];
  if (!plan) {
    return (
      <>
        {title}
        <p className="nhsuk-body">{t('page.noPlan')}</p>
        <BackLink />
      </>
    );
  }
  // Keyed by the case, so its records are read from the start (never a stale list).
  return (
    <>
      {title}
      <NotesForCase key={plan.record.id} caseId={plan.record.id} />
      <BackLink />
    </>
  );
}

function BackLink() {
  const { t } = useTranslation('my-notes');
  return (
    <p className="nhsuk-body">
      <Link to="/my-plan#next-time">{t('page.back')}</Link>
    </p>
  );
}

function NotesForCase({ caseId }: { caseId: string }) {
  const { t } = useTranslation(['my-notes', 'common']);
  const data = useMyNotes(caseId);
  const [saved, setSaved] = useState(false);
  if (data === undefined) return <Loading label={t('common:loading')} />;
  const { rater, name, all } = data;
  const mine = rater === 'young-person';
  // Their name as the carer's phone has it (the case record), or "the young person".
  const who = name || t('theYoungPerson');

  const save = async (purpose: NextTimePurpose, body: string) => {
    await localStore().records.create('note', caseId, {
      body,
      purpose,
      audience: 'young-person-and-care-team',
    });
    setSaved(true);
  };

  let top: ReactNode;
  if (!mine) {
    top = (
      <p className="nhsuk-body" data-testid="my-notes-not-yours">
        {t('page.onlyThem', { name: who })}
      </p>
    );
  } else if (saved) {
    top = (
      <div className="nhsuk-card nhsuk-card--feature" data-testid="note-saved">
        <div className="nhsuk-card__content nhsuk-card__content--feature">
          <h2
            className="nhsuk-card__heading nhsuk-card__heading--feature nhsuk-heading-m"
            tabIndex={-1}
            ref={(el) => el?.focus()}
          >
            {t('saved.title')}
          </h2>
          <p className="nhsuk-body" role="status">
            {t('saved.offline')}
          </p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
            onClick={() => setSaved(false)}
          >
            {t('saved.another')}
          </button>
        </div>
      </div>
    );
  } else {
    top = (
      <section aria-labelledby="my-notes-form-heading">
        <h2 className="nhsuk-heading-m" id="my-notes-form-heading">
          {t('page.formTitle')}
        </h2>
        <p className="nhsuk-body">{t('page.intro')}</p>
        <NoteForm onSave={save} />
      </section>
    );
  }

  return (
    <>
      {top}
      <section aria-labelledby="my-notes-written">
        <h2 className="nhsuk-heading-m" id="my-notes-written">
          {mine ? t('list.heading') : t('list.headingFor', { name: who })}
        </h2>
        {all.length > 0 ? (
          <NoteList notes={all} testId="my-notes-list" />
        ) : (
          <p className="nhsuk-body" data-testid="my-notes-none">
            {mine ? t('list.none') : t('list.noneShared', { name: who })}
          </p>
        )}
      </section>
    </>
  );
}
