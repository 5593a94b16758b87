import { Alert } from 'antd';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import type { AuditVerification } from '../api/verify-audit-log';

export function VerifyResult({ result }: { result: AuditVerification }) {
  const t = useT();
  const title = result.ok
    ? format(t.audit.verifyOk, { checked: result.checked })
    : format(t.audit.verifyBad, {
        seq: result.firstBad?.seq ?? '?',
        id: result.firstBad?.id ?? '—',
        reason: result.firstBad ? t.audit.verifyReason[result.firstBad.reason] : '',
      });
  return (
    <Alert
      type={result.ok ? 'success' : 'error'}
      showIcon
      title={title}
      className="toolbar"
      data-testid="audit-verify-result"
      data-ok={result.ok}
    />
  );
}
