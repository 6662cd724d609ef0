/**
 * A sign-in name (e.g. sam-7KQ2) shown large enough to copy down. Always left to right
 * and never translated, whatever the page's language and direction.
 */
export function SignInName({ name }: { name: string }) {
  return (
    <p className="nhsuk-heading-l" data-testid="sign-in-name" dir="ltr" translate="no">
      {name}
    </p>
  );
}
