/**
 * NHS.UK's responsive table, as the admin lists use it (users, a user's devices, the
 * directory): a real table with column headers on wide screens; below the desktop
 * breakpoint each row stacks into a card, and each cell repeats its column's header in a
 * label (`CellHeading`) hidden from screen readers, who still get the table's own headers.
 * The fixes for phones and right to left are in admin.scss (`app-users-table`).
 */
import type { ReactNode } from 'react';

interface ResponsiveTableProps {
  /** Names the table for screen readers; not shown. */
  caption: string;
  headers: readonly string[];
  testId: string;
  /** The rows: `<tr className="nhsuk-table__row">`, each cell starting with a CellHeading. */
  children: ReactNode;
}

export function ResponsiveTable({ caption, headers, testId, children }: ResponsiveTableProps) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive app-users-table" data-testid={testId}>
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          {headers.map((text) => (
            <th scope="col" className="nhsuk-table__header" key={text}>
              {text}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">{children}</tbody>
    </table>
  );
}

/** The column's header, shown inside a cell when the rows stack into cards on phones. */
export function CellHeading({ children }: { children: string }) {
  return (
    <span className="nhsuk-table__heading" aria-hidden="true">
      {children}{' '}
    </span>
  );
}
