/**
 * A phone number inside translated words ("Call 0800 1111", "0800 1111 پر کال کریں"),
 * with the number kept left to right. In a right-to-left language the bidirectional
 * algorithm otherwise reorders a number's groups ("0800 1111" shows as "1111 0800"): a
 * crisis line read wrong. The number is put in its own `<bdi dir="ltr">`, which adds no
 * characters, so the link's accessible name is the words as written.
 *
 * How: the words are asked for with a marker where the number goes, then split there.
 */
import type { ReactNode } from 'react';

/** Stands for the number in the translated words; never typed in a translation. */
export const NUMBER_SLOT = '\u2063\u2063';

/** A number on its own, left to right whatever the page's direction. */
export function Ltr({ children }: { children: ReactNode }) {
  return <bdi dir="ltr">{children}</bdi>;
}

/** `words` was translated with NUMBER_SLOT as the number; the number goes back in, LTR. */
export function PhoneInWords({ words, number }: { words: string; number: string }) {
  const parts = words.split(NUMBER_SLOT);
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 && <Ltr>{number}</Ltr>}
        </span>
      ))}
    </>
  );
}
