/** Turning zod issues into problems with message keys. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { intBetween, oneOf } from '../../../src/domain/kinds/fields';
import { ValidationError, parseOrThrow, problemsFrom } from '../../../src/domain/validation';

const schema = z.strictObject({
  name: z.string().min(1, { message: 'required' }).max(5, { message: 'tooLong' }),
  score: intBetween(0, 10),
  colour: oneOf(['red', 'blue']),
  tags: z.record(z.string().regex(/^[a-z]+$/, { message: 'invalidFormat' }), z.boolean()),
});

function problems(input: unknown) {
  try {
    parseOrThrow(schema, input);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).problems;
  }
  throw new Error('expected a ValidationError');
}

describe('problemFromIssue', () => {
  it('calls a missing value "required", and a wrong type "wrongType"', () => {
    expect(problems({ score: 1, colour: 'red', tags: {} })).toEqual([
      { path: ['name'], key: 'required', params: {} },
    ]);
    expect(problems({ name: 5, score: 1, colour: 'red', tags: {} })).toEqual([
      { path: ['name'], key: 'wrongType', params: {} },
    ]);
    expect(problems({ name: 'a', score: 1.5, colour: 'red', tags: {} })).toEqual([
      { path: ['score'], key: 'wrongType', params: {} },
    ]);
  });

  it('calls an unanswered choice "required" and a wrong one "notAnOption"', () => {
    expect(problems({ name: 'a', score: 1, tags: {} })).toEqual([
      { path: ['colour'], key: 'required', params: {} },
    ]);
    expect(problems({ name: 'a', score: 1, colour: 'green', tags: {} })).toEqual([
      { path: ['colour'], key: 'notAnOption', params: {} },
    ]);
  });

  it('gives limits as parameters', () => {
    expect(problems({ name: 'abcdef', score: 11, colour: 'red', tags: {} })).toEqual([
      { path: ['name'], key: 'tooLong', params: { maximum: 5 } },
      { path: ['score'], key: 'tooBig', params: { maximum: 10 } },
    ]);
  });

  it("reports a record key that breaks its pattern with the key schema's message", () => {
    expect(problems({ name: 'a', score: 1, colour: 'red', tags: { Bad: true } })).toEqual([
      { path: ['tags', 'Bad'], key: 'invalidFormat', params: {} },
    ]);
  });

  it('passes the params of a custom issue on', () => {
    const s = z.number().superRefine((n, ctx) => {
      ctx.addIssue({
        code: 'custom',
        message: 'scoreOutOfRange',
        params: { minimum: 0, maximum: 3, ignored: {} },
      });
    });
    const r = s.safeParse(5);
    expect(problemsFrom(r.error!)).toEqual([
      { path: [], key: 'scoreOutOfRange', params: { minimum: 0, maximum: 3 } },
    ]);
  });

  it('still tells a missing value from a wrong type when the input was not reported', () => {
    const r = z.object({ a: z.string() }).safeParse({});
    expect(problemsFrom(r.error!)[0]!.key).toBe('required');
    const w = z.object({ a: z.string() }).safeParse({ a: 1 });
    expect(problemsFrom(w.error!)[0]!.key).toBe('wrongType');
  });

  it('names an unknown field', () => {
    expect(problems({ name: 'a', score: 1, colour: 'red', tags: {}, extra: 1 })).toEqual([
      { path: ['extra'], key: 'unknownField', params: { fields: 'extra' } },
    ]);
  });
});
