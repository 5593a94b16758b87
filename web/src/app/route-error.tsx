import { lazy, Suspense } from 'react';
import { useRouteError } from 'react-router';
import { PageSpinner } from '../components/page-spinner';
import { useT } from '../i18n/use-t';
import { paths } from './paths';

/** When even the error page cannot load (a new version was deployed meanwhile): plain words. */
function PlainError() {
  const t = useT();
  return (
    <div className="page-spinner" role="alert">
      <p>{t.common.networkError}</p>
      <a href={paths.home}>{t.common.backHome}</a>
    </div>
  );
}

const ErrorPage = lazy(() =>
  import('./status-pages').then(
    (module) => ({ default: module.ErrorPage }),
    () => ({ default: PlainError }),
  ),
);

/** The router's error boundary: the error page loads when an error happens, not before. */
export function RouteError() {
  const error = useRouteError();
  return (
    <Suspense fallback={<PageSpinner />}>
      <ErrorPage error={error} />
    </Suspense>
  );
}
