/**
 * A phone number as people read it ("0800 068 4141", "116 123"). A number already written
 * with spaces is shown exactly as written (people and services group their own numbers);
 * one stored as bare digits is grouped the way UK numbers are usually printed, so it can
 * be read aloud or copied by hand.
 *
 * Design choice: a few UK patterns only (116 xxx; 0800/0808 freephone; 07 mobiles and 01
 * numbers as 5-6; 02 numbers as 3-4-4; other 11-digit 0 numbers as 4-3-4); anything else
 * is left alone rather than guessed at.
 */
export function displayPhone(number: string): string {
  const trimmed = number.trim();
  if (!/^\+?[0-9]+$/.test(trimmed)) return trimmed;
  const d = trimmed;
  if (/^116\d{3}$/.test(d)) return `${d.slice(0, 3)} ${d.slice(3)}`;
  if (/^08\d{6}$/.test(d)) return `${d.slice(0, 4)} ${d.slice(4)}`;
  if (/^0[17]\d{9}$/.test(d)) return `${d.slice(0, 5)} ${d.slice(5)}`;
  if (/^02\d{9}$/.test(d)) return `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`;
  if (/^0\d{10}$/.test(d)) return `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
  return d;
}
