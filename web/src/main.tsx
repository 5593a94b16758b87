import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { paths } from './app/paths';
import { AppProviders } from './app/providers';
import { createAppRouter } from './app/router';
import { setUnauthenticatedHandler } from './lib/api';
import { meQueryKey } from './lib/get-me';
import { createQueryClient } from './lib/query-client';
import './app/styles.css';

const queryClient = createQueryClient();
const router = createAppRouter();

// A session that expires mid-work: forget the user and come back here after signing in.
setUnauthenticatedHandler(() => {
  const { pathname, search } = router.state.location;
  queryClient.setQueryData(meQueryKey, null);
  if (pathname !== paths.login) {
    void router.navigate(`${paths.login}?next=${encodeURIComponent(pathname + search)}`, { replace: true });
  }
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
