/** A quiet loading message for screens waiting on their words or data. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="nhsuk-body" role="status">
      {label}
    </p>
  );
}
