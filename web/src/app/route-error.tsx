import { Button, Result } from 'antd';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useT } from '../i18n/use-t';

export function RouteError() {
  const error = useRouteError();
  const t = useT();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <Result
      status={notFound ? '404' : 'error'}
      title={notFound ? t.common.notFound : t.common.networkError}
      subTitle={error instanceof Error ? error.message : undefined}
      extra={
        <Link to="/">
          <Button type="primary">{t.common.backHome}</Button>
        </Link>
      }
    />
  );
}
