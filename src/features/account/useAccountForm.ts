import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import type { ApiResult } from '../../app/account/api';
import type { ErrorSummaryItem } from '../../ui/form/ErrorSummary';
import { domainResolver } from '../../ui/form/domain-resolver';
import { failureMessage } from './failure-message';
import { useFormProblems } from '../../ui/form/useFormProblems';

/**
 * The plumbing the account forms share: validate with the domain schema, call the
 * server, go to the practitioner's home on success, and otherwise say what went wrong,
 * keeping everything typed (react-hook-form never clears the fields).
 */
export function useAccountForm<T extends FieldValues>(options: {
  idPrefix: string;
  schema: z.ZodType<T>;
  fields: (keyof T & string)[];
  action: (form: T) => Promise<ApiResult<unknown>>;
  /** What to say when the server refuses the input itself (a used link, wrong details). */
  refusedMessage: string;
  /** Where to go once it worked. */
  next?: string;
}) {
  const { t } = useTranslation('account');
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string>();
  const form = useForm<T>({
    resolver: domainResolver(options.schema),
    defaultValues: {} as DefaultValues<T>,
  });
  const problems = useFormProblems<T>(options.idPrefix, form.formState.errors);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    const result = await options.action(values);
    if (result.ok) navigate(options.next ?? '/practitioner');
    else setFailure(failureMessage(result.failure, t, options.refusedMessage));
  });

  const summary: ErrorSummaryItem[] = [
    ...problems.summary(options.fields),
    ...(failure ? [{ message: failure }] : []),
  ];
  const fieldProps = (field: keyof T & string) => ({
    id: `${options.idPrefix}-${field}`,
    error: problems.fieldMessage(field),
    errorPrefix: t('errorPrefix'),
  });
  // Everything the page's ErrorSummary needs; it takes focus on each failed submit.
  const summaryProps = {
    title: problems.summaryTitle,
    items: summary,
    focusKey: form.formState.submitCount,
  };
  return { form, onSubmit, summaryProps, fieldProps };
}
