import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageSpinner } from '../components/page-spinner';
import { LoginPage } from '../features/auth/pages/login-page';
import { loadContracts } from '../lib/api';
import { paths } from './paths';
import { PAGES } from './registry';
import { RequirePermission } from './require-permission';
import { RouteError } from './route-error';

/** A feature's page, loaded on first visit (its own chunk), behind its permission when it has one. */
function pageRoute({ path, permission, load }: (typeof PAGES)[number]): RouteObject {
  const route: RouteObject = { path, lazy: async () => ({ Component: await load() }) };
  return permission ? { element: <RequirePermission permission={permission} />, children: [route] } : route;
}

/**
 * The sign-in page is in the entry bundle and needs nothing else; the signed-in shell (the
 * session check, the layout and menu) and every page load on demand, in parallel with the
 * contracts the shell's first call needs.
 */
export function createAppRouter() {
  return createBrowserRouter([
    {
      HydrateFallback: PageSpinner,
      ErrorBoundary: RouteError,
      children: [
        { path: paths.login, Component: LoginPage },
        {
          lazy: async () => {
            void loadContracts();
            return { Component: (await import('./require-auth')).RequireAuth };
          },
          children: [
            {
              lazy: async () => ({ Component: (await import('./admin-layout')).AdminLayout }),
              children: [
                ...PAGES.map(pageRoute),
                {
                  path: '*',
                  lazy: async () => ({ Component: (await import('./status-pages')).NotFoundPage }),
                },
              ],
            },
          ],
        },
      ],
    },
  ]);
}

export type AppRouter = ReturnType<typeof createAppRouter>;
