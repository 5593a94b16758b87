import { Button, Checkbox, Flex, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import { flagFilter, useUrlFilters } from '../../../lib/url-filters';
import { useUnitDeterminationsPage } from '../api/list-unit-determinations';
import { RequestExemptionModal } from '../components/exemption-modals';
import { CaseStatusTag } from '../components/status-tags';
import type { UnitDetermination } from '../types';

const FILTERS = { open: flagFilter };

/**
 * 申请容错免责: the unit's head sees the determinations about the unit's people — who, which
 * liability and conduct, the case's number and stage, never the case itself — and applies for
 * fault tolerance with the ground, a statement and evidence.
 */
export function UnitExemptionsPage() {
  const t = useT();
  const locale = useLocale();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const determinations = useUnitDeterminationsPage(filters);
  const [applying, setApplying] = useState<UnitDetermination | null>(null);
  const columns: TableColumnsType<UnitDetermination> = [
    {
      key: 'person',
      title: t.unitExemption.person,
      minWidth: 140,
      render: (_, d) => (
        <Flex vertical gap={0}>
          <Typography.Text strong>{d.person.name}</Typography.Text>
          <Typography.Text type="secondary">{d.person.unitName}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'case',
      title: t.unitExemption.caseCode,
      minWidth: 150,
      render: (_, d) => (
        <Space size={4} wrap>
          <Typography.Text className="lead-code">{d.caseCode}</Typography.Text>
          <CaseStatusTag status={d.caseStatus} />
        </Space>
      ),
    },
    {
      key: 'liability',
      title: t.determination.liability,
      minWidth: 110,
      render: (_, d) => t.liability[d.liability],
    },
    {
      key: 'conducts',
      title: t.determination.conducts,
      minWidth: 120,
      render: (_, d) => d.conducts.map((c) => t.conduct[c]).join('、') || '—',
    },
    {
      key: 'requests',
      title: t.exemption.title,
      minWidth: 220,
      render: (_, d) =>
        d.requests.length === 0 ? (
          '—'
        ) : (
          <Flex vertical gap={2} data-testid="unit-exemption-requests">
            {d.requests.map((r) => (
              <span key={r.id}>
                <Tag color={r.status === 'pending' ? 'gold' : r.outcome === 'refuse' ? 'default' : 'green'}>
                  {r.outcome ? t.exemptionOutcome[r.outcome] : t.exemption.pending}
                </Tag>
                {`${t.exemptionGround[r.ground]} · ${r.requestedByName} · ${formatDate(r.createdAt, locale)}`}
                {r.opinion && (
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                    {r.opinion}
                  </Typography.Paragraph>
                )}
              </span>
            ))}
          </Flex>
        ),
    },
    {
      key: 'actions',
      title: t.common.actions,
      minWidth: 110,
      render: (_, d) =>
        d.caseStatus !== 'decided' && !d.requests.some((r) => r.status === 'pending') ? (
          <Button size="small" onClick={() => setApplying(d)} data-testid="unit-exemption-apply">
            {t.exemption.request}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <PageHeader title={t.nav.unitExemptions} />
      <Typography.Paragraph type="secondary">{t.unitExemption.hint}</Typography.Paragraph>
      <Flex gap="small" wrap className="toolbar">
        <Checkbox
          checked={filters.open === 'true'}
          onChange={(event) => setFilters({ ...filters, open: event.target.checked ? 'true' : undefined })}
          data-testid="unit-exemption-filter-open"
        >
          {t.unitExemption.onlyOpen}
        </Checkbox>
      </Flex>
      <ListTable<UnitDetermination>
        columns={columns}
        pager={determinations}
        exportList={{ operationId: 'exportUnitDeterminations', query: filters }}
        data-testid="unit-exemption-table"
      />
      {applying && (
        <RequestExemptionModal
          determination={applying}
          unitId={applying.unitId}
          byUnit
          onClose={() => setApplying(null)}
        />
      )}
    </>
  );
}
