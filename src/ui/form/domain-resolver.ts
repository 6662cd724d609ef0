/**
 * A react-hook-form resolver for the domain's zod schemas that keeps each problem's
 * parameters (e.g. `{ minimum: 12 }`), which the generic zod resolver drops. The field
 * error's message is the validation key; its params ride in `types[key]` as JSON.
 */
import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { PARSE_OPTIONS, problemsFrom } from '../../domain';

export function domainResolver<T extends FieldValues>(schema: z.ZodType<T>): Resolver<T> {
  return (values) => {
    const result = schema.safeParse(values, PARSE_OPTIONS);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const problem of problemsFrom(result.error)) {
      const field = String(problem.path[0] ?? 'root');
      if (errors[field]) continue; // first problem per field, as NHS.UK error messages do
      errors[field] = {
        type: problem.key,
        message: problem.key,
        // The whole path too, for fields that are lists (which row was it?).
        types: {
          [problem.key]: JSON.stringify(problem.params),
          path: JSON.stringify(problem.path),
        },
      };
    }
    return { values: {}, errors: errors as FieldErrors<T> };
  };
}

/** The params stored by domainResolver for a field error. */
export function problemParams(error: FieldError | undefined): Record<string, string | number> {
  const raw = error?.message ? error.types?.[error.message] : undefined;
  if (typeof raw !== 'string') return {};
  try {
    return JSON.parse(raw) as Record<string, string | number>;
  } catch {
    return {};
  }
}

/** The full path of a field error (e.g. `['involved', 1, 'name']`), as domainResolver kept it. */
export function problemPath(error: FieldError | undefined): (string | number)[] {
  const raw = error?.types?.path;
  if (typeof raw !== 'string') return [];
  try {
    return JSON.parse(raw) as (string | number)[];
  } catch {
    return [];
  }
}
