import { Spin } from 'antd';
import { useT } from '../i18n/use-t';

export function PageSpinner() {
  const t = useT();
  return (
    <div className="page-spinner" role="status" aria-live="polite">
      <Spin description={t.common.loading} />
    </div>
  );
}
