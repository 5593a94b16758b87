import type { Permission } from '@zeren/contracts';
import { Result } from 'antd';
import { Outlet } from 'react-router';
import { useT } from '../i18n/use-t';
import { useCan } from '../lib/use-can';

export function RequirePermission({ permission }: { permission: Permission }) {
  const can = useCan();
  const t = useT();
  if (!can(permission)) return <Result status="403" title="403" subTitle={t.common.forbidden} />;
  return <Outlet />;
}
