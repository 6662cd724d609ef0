import { useCallback, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import type { ApiFailure } from '../../app/account/api';
import { useRecord } from '../../db';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { domainResolver } from '../../ui/form/domain-resolver';
import { useFormProblems } from '../../ui/form/useFormProblems';
import { formatDateTime } from '../../ui/format-date';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { QrCode } from '../../ui/QrCode';
import { Loading } from '../../ui/Spinner';
import { useOnlineStatus } from '../../ui/useOnlineStatus';
import { usePageTitle } from '../../ui/usePageTitle';
import { INVITE_FIELDS, inviteFormSchema, type InviteFormValues } from './invite-form';
import {
  createInvitation,
  joinLink,
  listInvitations,
  withdrawInvitation,
  type CreatedInvitation,
  type OpenInvitation,
} from './invitations-api';
import { CaseNotFound } from './CaseNotFound';
import './cases.scss';
import { ErrorMessage } from '../../ui/form/ErrorMessage';

function failureKey(failure: ApiFailure): string {
  switch (failure.kind) {
    case 'offline':
      return 'invite.needsConnection';
    case 'unauthorised':
    case 'invalid':
      // 403 from the server: this person is not on the case's care team (or signed out).
      return failure.kind === 'invalid' && failure.key !== 'forbidden'
        ? 'invite.failed'
        : 'invite.notOnTeam';
    case 'rateLimited':
    case 'server':
      return 'invite.serverProblem';
  }
}

/**
 * Inviting the young person, or a parent or carer, to see the plan on their own phone:
 * a one-time code to type, also shown as a QR code that opens the join page with the code
 * filled in. Needs a connection (the server makes the code); says so plainly offline.
 */
export function InvitePage() {
  const { t, i18n } = useTranslation(['cases', 'common', 'account']);
  const { caseId } = useParams();
  const record = useRecord('case', caseId);
  const online = useOnlineStatus();
  const name = record ? String(record.preferredName) : '';
  usePageTitle(t('invite.title', { name }), t('common:appName'));

  const [created, setCreated] = useState<CreatedInvitation>();
  const [failure, setFailure] = useState<string>();
  const [open, setOpen] = useState<OpenInvitation[]>();
  const [withdrawn, setWithdrawn] = useState(false);

  const refresh = useCallback(async () => {
    if (!caseId) return;
    const result = await listInvitations(caseId);
    setOpen(result.ok ? result.value : undefined);
  }, [caseId]);
  useEffect(() => {
    if (online) void refresh();
  }, [online, refresh]);

  const form = useForm<InviteFormValues>({
    resolver: domainResolver(inviteFormSchema as unknown as z.ZodType<InviteFormValues>),
    defaultValues: { role: '', displayName: '', relationship: '' },
  });
  const problems = useFormProblems<InviteFormValues>('invite', form.formState.errors);
  const role = form.watch('role');

  const onSubmit = form.handleSubmit(async (values) => {
    if (!caseId || values.role === '') return;
    setFailure(undefined);
    const result = await createInvitation(caseId, {
      role: values.role,
      displayName: values.displayName.trim() || undefined,
      relationship: values.role === 'carer' ? values.relationship.trim() : undefined,
    });
    if (result.ok) {
      setCreated(result.value);
      setWithdrawn(false);
      form.reset();
      void refresh();
    } else {
      setFailure(t(failureKey(result.failure)));
    }
  });

  const withdraw = async (id: string) => {
    if (!caseId) return;
    const result = await withdrawInvitation(caseId, id);
    if (result.ok) {
      setWithdrawn(true);
      if (created?.id === id) setCreated(undefined);
      void refresh();
    } else {
      setFailure(t(failureKey(result.failure)));
    }
  };

  if (record === undefined) return <Loading label={t('common:loading')} />;
  if (record === null || record.deleted) {
    return <CaseNotFound />;
  }

  const errorPrefix = t('account:errorPrefix');
  const roleError = problems.fieldMessage('role');
  const who = (i: OpenInvitation) =>
    i.displayName ?? (i.role === 'young-person' ? name : (i.relationship ?? t('invite.someone')));

  return (
    <>
      <ErrorSummary
        title={problems.summaryTitle}
        focusKey={form.formState.submitCount}
        items={[
          ...problems
            .summary([...INVITE_FIELDS])
            .map((item) =>
              item.fieldId === 'invite-role'
                ? { ...item, fieldId: 'invite-role-young-person' }
                : item,
            ),
          ...(failure ? [{ message: failure }] : []),
        ]}
      />
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('invite.title', { name })}
      </h1>
      {withdrawn && <NotificationBanner title={t('invite.withdrawn')} variant="success" live />}
      {created ? (
        <section aria-labelledby="invite-result" data-testid="invitation">
          <h2 className="nhsuk-heading-m" id="invite-result">
            {t('invite.result')}
          </h2>
          <p className="nhsuk-body">
            <span className="nhsuk-u-visually-hidden">{t('invite.codeLabel')}: </span>
            <span className="app-invite-code" data-testid="invitation-code">
              {created.code}
            </span>
          </p>
          <p className="nhsuk-body">
            {t('invite.expires', { time: formatDateTime(created.expiresAt, i18n.language) })}
          </p>
          <QrCode
            className="app-qr"
            value={joinLink(window.location.origin, created.code)}
            label={t('invite.qrLabel')}
          />
          <p className="nhsuk-body">{t('invite.scanHint')}</p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => setCreated(undefined)}
          >
            {t('invite.another')}
          </button>{' '}
          <Link className="nhsuk-button" to={`/practitioner/cases/${record.id}`}>
            {t('invite.done')}
          </Link>
        </section>
      ) : (
        <>
          <p className="nhsuk-body">{t('invite.lead')}</p>
          {!online && (
            <div className="nhsuk-inset-text" role="status">
              <p className="nhsuk-body">{t('invite.needsConnection')}</p>
            </div>
          )}
          <form onSubmit={(e) => void onSubmit(e)} noValidate>
            <div className={`nhsuk-form-group${roleError ? ' nhsuk-form-group--error' : ''}`}>
              <fieldset
                className="nhsuk-fieldset"
                aria-describedby={roleError ? 'invite-role-error' : undefined}
              >
                <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                  {t('invite.who')}
                </legend>
                {roleError && (
                  <ErrorMessage id="invite-role-error" prefix={errorPrefix}>
                    {roleError}
                  </ErrorMessage>
                )}
                <div className="nhsuk-radios">
                  {(['young-person', 'carer'] as const).map((value) => (
                    <div className="nhsuk-radios__item" key={value}>
                      <input
                        className="nhsuk-radios__input"
                        id={`invite-role-${value}`}
                        type="radio"
                        value={value}
                        {...form.register('role')}
                      />
                      <label
                        className="nhsuk-label nhsuk-radios__label"
                        htmlFor={`invite-role-${value}`}
                      >
                        {value === 'young-person'
                          ? t('invite.youngPerson', { name })
                          : t('invite.carer')}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
            {role === 'carer' && (
              <TextField
                id="invite-relationship"
                error={problems.fieldMessage('relationship')}
                errorPrefix={errorPrefix}
                label={t('invite.relationship', { name })}
                hint={t('invite.relationshipHint')}
                autoComplete="off"
                {...form.register('relationship')}
              />
            )}
            <TextField
              id="invite-displayName"
              error={problems.fieldMessage('displayName')}
              errorPrefix={errorPrefix}
              label={t('invite.displayName')}
              hint={t('invite.displayNameHint')}
              autoComplete="off"
              {...form.register('displayName')}
            />
            <button
              type="submit"
              className="nhsuk-button"
              disabled={!online || form.formState.isSubmitting}
            >
              {t('invite.submit')}
            </button>
          </form>
        </>
      )}
      {online && open && (
        <section aria-labelledby="invite-open">
          <h2 className="nhsuk-heading-m" id="invite-open">
            {t('invite.open')}
          </h2>
          {open.length === 0 ? (
            <p className="nhsuk-body">{t('invite.openNone')}</p>
          ) : (
            <ul className="nhsuk-list" data-testid="open-invitations">
              {open.map((i) => (
                <li key={i.id}>
                  {t('invite.openItem', {
                    who: who(i),
                    when: formatDateTime(i.createdAt, i18n.language),
                    until: formatDateTime(i.expiresAt, i18n.language),
                  })}{' '}
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    aria-label={t('invite.withdrawLabel', { who: who(i) })}
                    onClick={() => void withdraw(i.id)}
                  >
                    {t('invite.withdraw')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {!created && (
        <p className="nhsuk-body">
          <Link to={`/practitioner/cases/${record.id}`}>{t('invite.done')}</Link>
        </p>
      )}
    </>
  );
}
