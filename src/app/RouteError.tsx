import { useRouteError } from 'react-router';
import { ErrorScreen } from './ErrorScreen';

/** The error boundary of a screen: shown inside the layout, so the header still works. */
export function RouteError() {
  return <ErrorScreen error={useRouteError()} />;
}

/** The outermost boundary, for when the layout itself fails. */
export function ShellError() {
  return (
    <main className="nhsuk-width-container app-main" id="maincontent">
      <ErrorScreen error={useRouteError()} />
    </main>
  );
}
