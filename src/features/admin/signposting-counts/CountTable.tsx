/** A two-column count table (name, how many times) with a caption; a line instead when empty. */
export interface CountTableProps {
  caption: string;
  nameHeader: string;
  countHeader: string;
  rows: readonly (readonly [string, number])[];
  empty: string;
}

export function CountTable({ caption, nameHeader, countHeader, rows, empty }: CountTableProps) {
  if (rows.length === 0) return <p className="nhsuk-body">{empty}</p>;
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            {nameHeader}
          </th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
            {countHeader}
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map(([name, count], i) => (
          <tr className="nhsuk-table__row" key={`${name}-${i}`}>
            <th scope="row" className="nhsuk-table__header">
              {name}
            </th>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
