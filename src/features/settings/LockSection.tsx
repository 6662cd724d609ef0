/**
 * Settings: locking (issue #10). How long OurPlan may be left before it locks (default 5
 * minutes for staff, 15 for young people and carers: src/db/lock-settings.ts), and, for a
 * young person, whether their safety plan stays open while the rest is locked (the one
 * exception, explained in the same words as when they first chose).
 *
 * Shown only to someone signed in; the page itself is behind the lock, so changing either
 * needs the device to be unlocked.
 */
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  LOCK_AFTER_CHOICES,
  deleteOpenPlans,
  localStore,
  readLockAfter,
  readSafetyPlanOpen,
  saveLockAfter,
  saveSafetyPlanOpen,
  useSignedInAccount,
  type LockAfterMinutes,
} from '../../db';
import { RadioGroup } from '../../ui/form/RadioGroup';

interface LockValues {
  minutes: string;
}

export function LockSection() {
  const { t } = useTranslation(['lock', 'passcode']);
  const account = useSignedInAccount();
  const [saved, setSaved] = useState<number>();
  const [planOpen, setPlanOpen] = useState<boolean>();
  const [planSaved, setPlanSaved] = useState(false);
  const form = useForm<LockValues>({ defaultValues: { minutes: '' } });

  useEffect(() => {
    if (!account) return;
    const { db } = localStore();
    void readLockAfter(db, account.userId, account.roles).then((m) =>
      form.reset({ minutes: String(m) }),
    );
    void readSafetyPlanOpen(db, account.userId).then(setPlanOpen);
  }, [account, form]);

  if (!account) return null;
  const youngPerson = account.roles.includes('young-person');

  const onSubmit = form.handleSubmit(async ({ minutes }) => {
    const value = Number(minutes) as LockAfterMinutes;
    await saveLockAfter(localStore().db, account.userId, value);
    const { setIdleMinutes } = await import('../../app/lock/lock-runtime');
    setIdleMinutes(value);
    setSaved(value);
  });

  async function choosePlan(open: boolean) {
    const { db } = localStore();
    await saveSafetyPlanOpen(db, account!.userId, open);
    // Locked again: the copy kept for reading without the passcode goes at once.
    if (!open) await deleteOpenPlans(db);
    setPlanOpen(open);
    setPlanSaved(true);
  }

  return (
    <section aria-labelledby="lock-heading">
      <h2 className="nhsuk-heading-m" id="lock-heading">
        {t('settings.title')}
      </h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <RadioGroup
          id="lock-after"
          legend={t('settings.lockAfter')}
          hint={t('settings.lockAfterHint')}
          errorPrefix={t('passcode:errorPrefix')}
          options={LOCK_AFTER_CHOICES.map((m) => ({
            value: String(m),
            label: t('settings.minutes', { count: m }),
          }))}
          registration={form.register('minutes')}
        />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          {t('settings.save')}
        </button>
        {saved !== undefined && (
          <p className="nhsuk-body" role="status">
            {t('settings.saved', { count: saved })}
          </p>
        )}
      </form>
      {youngPerson && planOpen !== undefined && (
        <div data-testid="plan-open-setting">
          <h3 className="nhsuk-heading-s">{t('planChoice.settingsTitle')}</h3>
          <p className="nhsuk-body">
            {planOpen ? t('planChoice.settingsOpen') : t('planChoice.settingsLocked')}
          </p>
          <p className="nhsuk-body">
            {planOpen ? t('planChoice.lockedExplain') : t('planChoice.openExplain')}
          </p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => void choosePlan(!planOpen)}
          >
            {planOpen ? t('planChoice.chooseLocked') : t('planChoice.chooseOpen')}
          </button>
          {planSaved && (
            <p className="nhsuk-body" role="status">
              {t('planChoice.saved')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
