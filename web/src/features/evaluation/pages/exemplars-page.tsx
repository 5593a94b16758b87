import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Select, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDateTime } from '../../../lib/format';
import { flagFilter, oneOfFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { useExemplarsPage } from '../api/list-exemplars';
import { ExemplarFormModal } from '../components/exemplar-form-modal';
import { ExemplarStatusTag } from '../components/status-tags';
import { exemplarHref } from '../module';
import { EXEMPLAR_STATUSES, type Exemplar } from '../types';

/** The filters the list reads from its address (the workbench links here with `?toReview=true`). */
const FILTERS = {
  status: oneOfFilter(EXEMPLAR_STATUSES),
  toReview: flagFilter,
  q: textFilter,
};

/** 先进典型: the nominations of the units in scope, newest first; nominating one. */
export function ExemplarsPage() {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const navigate = useNavigate();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const exemplars = useExemplarsPage(filters);
  const [creating, setCreating] = useState(false);
  const canReview = can('evaluation.manage');

  const columns: TableColumnsType<Exemplar> = [
    {
      key: 'title',
      title: t.exemplar.title,
      minWidth: 220,
      render: (_, e) => (
        <Link to={exemplarHref(e.id)} data-testid="exemplar-open">
          {e.title}
        </Link>
      ),
    },
    { key: 'nominee', title: t.exemplar.nominee, dataIndex: 'nomineeName', minWidth: 160 },
    { key: 'kind', title: t.exemplar.kind, render: (_, e) => t.exemplarKind[e.kind] },
    { key: 'unit', title: t.exemplar.unit, dataIndex: 'unitName', minWidth: 140 },
    { key: 'status', title: t.exemplar.status, render: (_, e) => <ExemplarStatusTag status={e.status} /> },
    {
      key: 'createdAt',
      title: t.exemplar.createdAt,
      minWidth: 150,
      render: (_, e) => formatDateTime(e.createdAt, locale),
    },
  ];

  return (
    <>
      <PageHeader
        title={t.nav.exemplars}
        extra={
          can('exemplar.nominate') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="exemplar-create"
            >
              {t.exemplar.create}
            </Button>
          )
        }
      />
      <Flex gap="small" wrap className="toolbar" data-testid="exemplar-filters">
        <Input.Search
          allowClear
          placeholder={t.exemplar.search}
          aria-label={t.exemplar.search}
          defaultValue={filters.q}
          onSearch={(q) => setFilters({ ...filters, q: q.trim() || undefined })}
          style={{ flex: '2 1 220px', maxWidth: 320 }}
          data-testid="exemplar-filter-q"
        />
        <Select
          allowClear
          placeholder={t.exemplar.allStatuses}
          aria-label={t.exemplar.status}
          value={filters.status}
          onChange={(status) => setFilters({ ...filters, status: status || undefined })}
          options={EXEMPLAR_STATUSES.map((s) => ({ value: s, label: t.exemplarStatus[s] }))}
          style={{ flex: '1 1 150px', maxWidth: 220 }}
          data-testid="exemplar-filter-status"
        />
        {(canReview || filters.toReview) && (
          <Checkbox
            checked={filters.toReview === 'true'}
            onChange={(e) => setFilters({ ...filters, toReview: e.target.checked ? 'true' : undefined })}
            style={{ alignSelf: 'center' }}
            data-testid="exemplar-filter-to-review"
          >
            {t.exemplar.toReviewOnly}
          </Checkbox>
        )}
      </Flex>
      <ListTable<Exemplar>
        columns={columns}
        pager={exemplars}
        exportList={{ operationId: 'exportExemplars', query: filters }}
        data-testid="exemplars-table"
      />
      {creating && (
        <ExemplarFormModal
          onClose={() => setCreating(false)}
          onSaved={(exemplar) => navigate(exemplarHref(exemplar.id))}
        />
      )}
    </>
  );
}
