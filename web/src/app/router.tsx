import type { Permission } from '@zeren/contracts';
import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageSpinner } from '../components/page-spinner';
import { LoginPage } from '../features/auth/pages/login-page';
import { HomePage } from '../features/home/pages/home-page';
import { AdminLayout } from './admin-layout';
import { NotFoundPage } from './not-found-page';
import { paths } from './paths';
import { RequireAuth } from './require-auth';
import { RequirePermission } from './require-permission';
import { RouteError } from './route-error';

/** A page loaded on first visit (its own chunk), shown only to holders of `permission`. */
function guardedPage(path: string, permission: Permission, load: () => Promise<ComponentType>): RouteObject {
  return {
    element: <RequirePermission permission={permission} />,
    children: [{ path, lazy: async () => ({ Component: await load() }) }],
  };
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
              children: [
                { index: true, Component: HomePage },
                guardedPage(
                  paths.units,
                  'org.unit.read',
                  async () => (await import('../features/org/pages/units-page')).UnitsPage,
                ),
                guardedPage(
                  paths.persons,
                  'org.person.read',
                  async () => (await import('../features/org/pages/persons-page')).PersonsPage,
                ),
                guardedPage(
                  paths.accounts,
                  'org.account.read',
                  async () => (await import('../features/org/pages/accounts-page')).AccountsPage,
                ),
                guardedPage(
                  paths.dutyItems,
                  'duties.item.read',
                  async () => (await import('../features/duties/pages/duty-items-page')).DutyItemsPage,
                ),
                guardedPage(
                  paths.approvals,
                  'duties.item.approve',
                  async () =>
                    (await import('../features/duties/pages/approval-queue-page')).ApprovalQueuePage,
                ),
                guardedPage(
                  paths.keyTasks,
                  'keyTask.read',
                  async () => (await import('../features/key-tasks/pages/key-tasks-page')).KeyTasksPage,
                ),
                guardedPage(
                  paths.suggestions,
                  'suggestion.read',
                  async () =>
                    (await import('../features/suggestions/pages/suggestions-page')).SuggestionsPage,
                ),
                guardedPage(
                  paths.campaign,
                  'campaign.read',
                  async () => (await import('../features/campaign/pages/campaign-page')).CampaignPage,
                ),
                // Everyone signed in may read the working-day calendar; changing it needs calendar.manage.
                {
                  path: paths.calendar,
                  lazy: async () => ({
                    Component: (await import('../features/calendar/pages/calendar-page')).CalendarPage,
                  }),
                },
                guardedPage(
                  paths.sessions,
                  'security.session.manage',
                  async () => (await import('../features/security/pages/sessions-page')).SessionsPage,
                ),
                guardedPage(
                  paths.audit,
                  'audit.read',
                  async () => (await import('../features/audit/pages/audit-page')).AuditPage,
                ),
                { path: '*', Component: NotFoundPage },
              ],
            },
          ],
        },
      ],
    },
  ]);
}

export type AppRouter = ReturnType<typeof createAppRouter>;
