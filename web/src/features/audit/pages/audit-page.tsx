import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { type AuditFilters as Filters, useAuditEvents } from '../api/list-audit-events';
import { useVerifyAuditLog } from '../api/verify-audit-log';
import { AuditFilters } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';
import { VerifyResult } from '../components/verify-result';

export function AuditPage() {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({});
  const events = useAuditEvents(filters);
  const verify = useVerifyAuditLog();
  const onError = useApiErrorHandler();

  return (
    <>
      <PageHeader
        title={t.audit.title}
        extra={
          <Button
            icon={<SafetyCertificateOutlined />}
            loading={verify.isPending}
            onClick={() => verify.mutate(undefined, { onError: (error) => onError(error) })}
            data-testid="audit-verify"
          >
            {t.audit.verify}
          </Button>
        }
      />
      {verify.data && <VerifyResult result={verify.data} />}
      <AuditFilters value={filters} onChange={setFilters} />
      <AuditTable
        events={events.data?.pages.flatMap((page) => page.items) ?? []}
        loading={events.isPending}
        hasMore={events.hasNextPage}
        loadingMore={events.isFetchingNextPage}
        onLoadMore={() => void events.fetchNextPage()}
        onOnlyRecord={(recordType, recordId) => setFilters({ recordType, recordId })}
      />
    </>
  );
}
