/**
 * Routes. The start screen is part of the shell; every feature is loaded on demand when
 * its route is first opened (and precached by the service worker for offline use).
 */
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { NotFound } from './NotFound';
import { RouteLoading } from './RouteLoading';
import { RouteError, ShellError } from './RouteError';
import { StartScreen } from './StartScreen';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <ShellError />,
    // Shown while a lazily loaded first screen arrives (a deep link or reload).
    hydrateFallbackElement: <RouteLoading />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <StartScreen /> },
          { path: 'practitioner', lazy: () => import('../features/cases/caseload.route') },
          {
            path: 'practitioner/cases/new',
            lazy: () => import('../features/cases/new-case.route'),
          },
          {
            path: 'practitioner/cases/:caseId',
            lazy: () => import('../features/cases/case.route'),
          },
          {
            path: 'practitioner/cases/:caseId/edit',
            lazy: () => import('../features/cases/edit-case.route'),
          },
          {
            path: 'practitioner/cases/:caseId/invite',
            lazy: () => import('../features/cases/invite.route'),
          },
          {
            path: 'practitioner/cases/:caseId/session',
            lazy: () => import('../features/session/start-session.route'),
          },
          {
            path: 'practitioner/cases/:caseId/sessions/:sessionId/print',
            lazy: () => import('../features/session/print.route'),
          },
          {
            path: 'practitioner/cases/:caseId/sessions/:sessionId/hand-over/:part',
            lazy: () => import('../features/session/hand-over.route'),
          },
          {
            path: 'practitioner/cases/:caseId/sessions/:sessionId/:part?',
            lazy: () => import('../features/session/session.route'),
          },
          { path: 'my-plan', lazy: () => import('../features/my-plan/route') },
          {
            path: 'my-plan/safety-plan',
            lazy: () => import('../features/my-plan/safety-plan/route'),
          },
          {
            path: 'my-plan/safety-plan/print',
            lazy: () => import('../features/my-plan/safety-plan/print.route'),
          },
          {
            path: 'practitioner/cases/:caseId/safety-plan/print',
            lazy: () => import('../features/safety-plan-print/case-print.route'),
          },
          {
            path: 'my-plan/notes',
            lazy: () => import('../features/my-plan/notes/notes.route'),
          },
          {
            path: 'my-plan/sharing',
            lazy: () => import('../features/my-plan/sharing/sharing.route'),
          },
          {
            path: 'my-plan/rights',
            lazy: () => import('../features/my-plan/rights/rights.route'),
          },
          {
            path: 'my-plan/about',
            lazy: () => import('../features/my-plan/about/about.route'),
          },
          {
            path: 'practitioner/cases/:caseId/sharing',
            lazy: () => import('../features/cases/sharing/sharing.route'),
          },
          {
            path: 'my-plan/goals/:goalId',
            lazy: () => import('../features/my-plan/goals/rate.route'),
          },
          {
            path: 'my-plan/sessions/:sessionId/collaborate',
            lazy: () => import('../features/collaborate/answer.route'),
          },
          {
            path: 'practitioner/cases/:caseId/goals/:goalId',
            lazy: () => import('../features/goals/goal.route'),
          },
          {
            path: 'practitioner/outcomes',
            lazy: () => import('../features/outcomes/practitioner.route'),
          },
          {
            path: 'admin/outcomes',
            lazy: () => import('../features/outcomes/admin.route'),
          },
          {
            path: 'practitioner/collaborate',
            lazy: () => import('../features/collaborate/figures.route'),
          },
          { path: 'support', lazy: () => import('../features/signposting/route') },
          { path: 'support/card', lazy: () => import('../features/signposting/card.route') },
          { path: 'settings', lazy: () => import('../features/settings/route') },
          { path: 'sign-in', lazy: () => import('../features/account/sign-in.route') },
          {
            path: 'sign-in/family',
            lazy: () => import('../features/account/family-sign-in.route'),
          },
          { path: 'setup', lazy: () => import('../features/account/setup.route') },
          { path: 'activate', lazy: () => import('../features/account/activate.route') },
          { path: 'account', lazy: () => import('../features/account/account.route') },
          { path: 'join', lazy: () => import('../features/account/join.route') },
          { path: 'admin', lazy: () => import('../features/admin/route') },
          {
            path: 'admin/option-grids',
            lazy: () => import('../features/admin/option-grids/grids.route'),
          },
          {
            path: 'admin/option-grids/new',
            lazy: () => import('../features/admin/option-grids/new-grid.route'),
          },
          {
            path: 'admin/option-grids/:gridId',
            lazy: () => import('../features/admin/option-grids/grid.route'),
          },
          {
            path: 'admin/directory',
            lazy: () => import('../features/admin/directory/directory.route'),
          },
          {
            path: 'admin/directory/new',
            lazy: () => import('../features/admin/directory/new.route'),
          },
          {
            path: 'admin/directory/:resourceId',
            lazy: () => import('../features/admin/directory/edit.route'),
          },
          {
            path: 'admin/signposting',
            lazy: () => import('../features/admin/signposting-counts/counts.route'),
          },
          {
            path: 'admin/crisis-contacts',
            lazy: () => import('../features/admin/crisis-contacts/crisis-contacts.route'),
          },
          {
            path: 'admin/crisis-contacts/change',
            lazy: () => import('../features/admin/crisis-contacts/change.route'),
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
