import { Button, Result } from 'antd';
import { isRouteErrorResponse, useNavigate } from 'react-router';
import { useT } from '../i18n/use-t';
import { AntdProvider } from './antd-provider';
import { paths } from './paths';

/**
 * The shell's status pages (404, 403, an error), each with the way back home. They load only
 * when shown: antd's Result stays out of the sign-in page's bundle.
 */
function BackHome() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate(paths.home)} data-testid="back-home">
      {t.common.backHome}
    </Button>
  );
}

export function NotFoundPage() {
  const t = useT();
  return <Result status="404" title="404" subTitle={t.common.notFound} extra={<BackHome />} />;
}

export function ForbiddenPage() {
  const t = useT();
  return (
    <Result
      status="403"
      title="403"
      subTitle={t.common.forbidden}
      extra={<BackHome />}
      data-testid="forbidden"
    />
  );
}

/** The router's error page; it may show outside the shell, so it brings antd's theme itself. */
export function ErrorPage({ error }: { error: unknown }) {
  const t = useT();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <AntdProvider>
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t.common.notFound : t.common.networkError}
        subTitle={error instanceof Error ? error.message : undefined}
        extra={<BackHome />}
      />
    </AntdProvider>
  );
}
