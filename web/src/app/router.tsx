import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageSpinner } from '../components/page-spinner';
import { LoginPage } from '../features/auth/pages/login-page';
import { AdminLayout } from './admin-layout';
import { NotFoundPage } from './not-found-page';
import { paths } from './paths';
import { PAGES } from './registry';
import { RequireAuth } from './require-auth';
import { RequirePermission } from './require-permission';
import { RouteError } from './route-error';

/** A feature's page, loaded on first visit (its own chunk), behind its permission when it has one. */
function pageRoute({ path, permission, load }: (typeof PAGES)[number]): RouteObject {
  const route: RouteObject = { path, lazy: async () => ({ Component: await load() }) };
  return permission ? { element: <RequirePermission permission={permission} />, children: [route] } : route;
}

export function createAppRouter() {
  return createBrowserRouter([
    {
      HydrateFallback: PageSpinner,
      ErrorBoundary: RouteError,
      children: [
        { path: paths.login, Component: LoginPage },
        {
          Component: RequireAuth,
          children: [
            {
              Component: AdminLayout,
              children: [...PAGES.map(pageRoute), { path: '*', Component: NotFoundPage }],
            },
          ],
        },
      ],
    },
  ]);
}

export type AppRouter = ReturnType<typeof createAppRouter>;
