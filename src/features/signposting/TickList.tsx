/**
 * One question answered by ticking any of a fixed list (the topics, what they would
 * like): NHS.UK checkboxes in a fieldset, held in the screen's state rather than a form
 * library, since the answers are never stored. Ticked values keep the list's own order,
 * so counts of the same answers compare.
 */
export interface TickListProps<T extends string> {
  idPrefix: string;
  legend: string;
  options: readonly T[];
  chosen: readonly T[];
  label: (option: T) => string;
  onChange: (chosen: T[]) => void;
}

export function TickList<T extends string>({
  idPrefix,
  legend,
  options,
  chosen,
  label,
  onChange,
}: TickListProps<T>) {
  const toggle = (option: T, on: boolean) =>
    onChange(options.filter((o) => (o === option ? on : chosen.includes(o))));
  return (
    <div className="nhsuk-form-group">
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <div className="nhsuk-checkboxes">
          {options.map((option) => (
            <div className="nhsuk-checkboxes__item" key={option}>
              <input
                className="nhsuk-checkboxes__input"
                id={`${idPrefix}-${option}`}
                type="checkbox"
                checked={chosen.includes(option)}
                onChange={(e) => toggle(option, e.target.checked)}
              />
              <label
                className="nhsuk-label nhsuk-checkboxes__label"
                htmlFor={`${idPrefix}-${option}`}
              >
                {label(option)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
