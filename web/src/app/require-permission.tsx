import type { Permission } from '@zeren/contracts';
import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router';
import { PageSpinner } from '../components/page-spinner';
import { useMe } from '../lib/get-me';

const ForbiddenPage = lazy(async () => ({ default: (await import('./status-pages')).ForbiddenPage }));

/** A page behind its permission: the page for holders, the 403 page (with the way home) for others. */
export function RequirePermission({ permission }: { permission: Permission }) {
  // useMe rather than useCan: this guard sits in the entry bundle, useCan brings the workflows.
  const { data: me } = useMe();
  if (me?.permissions.includes(permission)) return <Outlet />;
  return (
    <Suspense fallback={<PageSpinner />}>
      <ForbiddenPage />
    </Suspense>
  );
}
