export interface CheckboxProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Extra classes for the item, e.g. for spacing. */
  className?: string;
}

/** One NHS.UK checkbox controlled by the screen (a setting or a confirmation, not a form field). */
export function Checkbox({ id, label, checked, onChange, className }: CheckboxProps) {
  return (
    <div className={`nhsuk-checkboxes__item${className ? ` ${className}` : ''}`}>
      <input
        className="nhsuk-checkboxes__input"
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
