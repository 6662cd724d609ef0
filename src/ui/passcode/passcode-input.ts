/**
 * What every passcode field shares: a masked field that brings up the number pad
 * (`inputMode="numeric"`, and `pattern` for older iOS) because passcodes are digits only
 * (src/db/passcode.ts), nothing remembered or corrected by the browser, and a large face.
 */
import type { InputHTMLAttributes } from 'react';

export const PASSCODE_INPUT_PROPS = {
  type: 'password',
  inputMode: 'numeric',
  pattern: '[0-9]*',
  autoComplete: 'off',
  autoCorrect: 'off',
  autoCapitalize: 'off',
  spellCheck: false,
  className: 'nhsuk-input--width-10 app-passcode__input',
} as const satisfies InputHTMLAttributes<HTMLInputElement>;

/** Which words to use: before handing the tablet over (issue #4) or for the app lock (issue #10). */
export type PasscodePurpose = 'hand-over' | 'lock';
