import { FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Select, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import { flagFilter, oneOfFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { useNoticesPage } from '../api/list-notices';
import { ComposeModal } from '../components/compose-modal';
import { NoticeEditorDrawer } from '../components/notice-editor-drawer';
import { NoticeStatusTag } from '../components/notice-status-tag';
import { noticeHref } from '../module';
import { NOTICE_KINDS, NOTICE_STATUSES, NOTICE_VISIBILITIES, type Notice } from '../types';

/** The filters the list reads from its address (the workbench links here with `?toApprove=true`). */
const FILTERS = {
  status: oneOfFilter(NOTICE_STATUSES),
  kind: oneOfFilter(NOTICE_KINDS),
  visibility: oneOfFilter(NOTICE_VISIBILITIES),
  unitId: textFilter,
  toApprove: flagFilter,
  q: textFilter,
};

/** 通报: the notices of the issuing units in scope, newest first; drafting by hand or from records. */
export function NoticesPage() {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const navigate = useNavigate();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const notices = useNoticesPage(filters);
  const [creating, setCreating] = useState(false);
  const [composing, setComposing] = useState(false);
  const canDraft = can('notice.draft');
  const open = (notice: Notice) => navigate(noticeHref(notice.id));
  const field = { flex: '1 1 150px', maxWidth: 220 };

  const columns: TableColumnsType<Notice> = [
    {
      key: 'title',
      title: t.notices.title,
      minWidth: 260,
      render: (_, n) => (
        <Link to={noticeHref(n.id)} data-testid="notice-open">
          {n.title}
        </Link>
      ),
    },
    { key: 'number', title: t.notices.documentNumber, dataIndex: 'documentNumber', minWidth: 140 },
    { key: 'unit', title: t.notices.unit, dataIndex: 'unitName', minWidth: 120 },
    { key: 'kind', title: t.notices.kind, render: (_, n) => t.noticeKind[n.kind] },
    { key: 'visibility', title: t.notices.visibility, render: (_, n) => t.noticeVisibility[n.visibility] },
    { key: 'status', title: t.notices.status, render: (_, n) => <NoticeStatusTag status={n.status} /> },
    { key: 'date', title: t.notices.date, render: (_, n) => (n.date ? formatDate(n.date, locale) : null) },
  ];

  return (
    <>
      <PageHeader
        title={t.nav.notices}
        extra={
          canDraft && (
            <>
              <Button
                icon={<FileAddOutlined />}
                onClick={() => setComposing(true)}
                data-testid="notice-compose-open"
              >
                {t.notices.compose}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="notice-create"
              >
                {t.notices.create}
              </Button>
            </>
          )
        }
      />
      <Flex gap="small" wrap className="toolbar" data-testid="notice-filters">
        <Input.Search
          allowClear
          placeholder={t.notices.search}
          aria-label={t.notices.search}
          defaultValue={filters.q}
          onSearch={(q) => setFilters({ ...filters, q: q.trim() || undefined })}
          style={{ flex: '2 1 220px', maxWidth: 320 }}
          data-testid="notice-filter-q"
        />
        <Select
          allowClear
          placeholder={t.notices.allStatuses}
          aria-label={t.notices.status}
          value={filters.status}
          onChange={(status) => setFilters({ ...filters, status: status || undefined })}
          options={NOTICE_STATUSES.map((s) => ({ value: s, label: t.noticeStatus[s] }))}
          style={field}
          data-testid="notice-filter-status"
        />
        <Select
          allowClear
          placeholder={t.notices.allKinds}
          aria-label={t.notices.kind}
          value={filters.kind}
          onChange={(kind) => setFilters({ ...filters, kind: kind || undefined })}
          options={NOTICE_KINDS.map((k) => ({ value: k, label: t.noticeKind[k] }))}
          style={field}
          data-testid="notice-filter-kind"
        />
        <Select
          allowClear
          placeholder={t.notices.allVisibilities}
          aria-label={t.notices.visibility}
          value={filters.visibility}
          onChange={(visibility) => setFilters({ ...filters, visibility: visibility || undefined })}
          options={NOTICE_VISIBILITIES.map((v) => ({ value: v, label: t.noticeVisibility[v] }))}
          style={field}
          data-testid="notice-filter-visibility"
        />
        <UnitTreeSelect
          allowClear
          placeholder={t.notices.unit}
          aria-label={t.notices.unit}
          value={filters.unitId}
          onChange={(unitId) => setFilters({ ...filters, unitId: unitId || undefined })}
          style={{ ...field, minWidth: 180 }}
          data-testid="notice-filter-unit"
        />
        {can('notice.approve') && (
          <Checkbox
            checked={filters.toApprove === 'true'}
            onChange={(e) => setFilters({ ...filters, toApprove: e.target.checked ? 'true' : undefined })}
            style={{ alignSelf: 'center' }}
            data-testid="notice-filter-to-approve"
          >
            {t.notices.toApproveOnly}
          </Checkbox>
        )}
      </Flex>
      <ListTable<Notice>
        columns={columns}
        pager={notices}
        exportList={{ operationId: 'exportNotices', query: filters }}
        data-testid="notices-table"
      />
      {creating && (
        <NoticeEditorDrawer
          target={{ mode: 'create', unitId: filters.unitId }}
          onClose={() => setCreating(false)}
          onCreated={open}
        />
      )}
      {composing && <ComposeModal onClose={() => setComposing(false)} onCreated={open} />}
    </>
  );
}
