// Renders the real app routes in a memory router at a given path, with the real words.
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { initI18n } from '../../src/app/i18n';
import type { LanguageCode } from '../../src/app/languages';
import { routes } from '../../src/app/routes';

export async function renderApp(path = '/', language: LanguageCode = 'en-GB') {
  const i18n = await initI18n(language);
  await i18n.changeLanguage(language);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(<RouterProvider router={router} />);
  return { ...view, router, i18n };
}
