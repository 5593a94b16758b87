import { DownloadOutlined, FileExcelOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Badge, Button, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { useMe } from '../../../lib/get-me';
import { useOpenParam } from '../../../lib/open-param';
import { oneOfFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { downloadImportTemplate, exportDutyItems } from '../api/export-duty-items';
import { useDutyItemCount, useDutyItemsPage } from '../api/list-duty-items';
import { DutyItemDrawer, type DutyItemDrawerTarget } from '../components/duty-item-drawer';
import { DutyItemFilters } from '../components/duty-item-filters';
import { DutyItemTable } from '../components/duty-item-table';
import { ImportModal } from '../components/import-modal';
import {
  DUTY_CATEGORIES,
  DUTY_ITEM_KINDS,
  DUTY_ITEM_STATUSES,
  type DutyItemKind,
  type DutyItemFilters as Filters,
} from '../types';

function toKind(value: string | null): DutyItemKind {
  return value === 'duty' ? 'duty' : 'power';
}

/** The filters the page reads from its address (the workbench links to `?status=returned`). */
const FILTERS = {
  unitId: textFilter,
  status: oneOfFilter(DUTY_ITEM_STATUSES),
  category: oneOfFilter(DUTY_CATEGORIES),
  q: textFilter,
};

/** 权力清单 / 责任清单: the items in scope, one tab per list, with drafting, review and Excel. */
export function DutyItemsPage() {
  const t = useT();
  const can = useCan();
  const canDraft = can('duties.item.draft');
  const onError = useApiErrorHandler();
  const me = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const kind = toKind(searchParams.get('kind'));
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [drawer, setDrawer] = useState<DutyItemDrawerTarget | null>(null);
  // Opened on one item (a link from the audit log): its drawer, until closed.
  const [openId, clearOpen] = useOpenParam();
  const shown: DutyItemDrawerTarget | null = drawer ?? (openId ? { mode: 'view', id: openId } : null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const query: Filters = { ...filters, kind, category: kind === 'power' ? filters.category : undefined };
  const items = useDutyItemsPage(query);
  // Filtered by status (a workbench link: items returned to me), each tab says how many it holds.
  const other: DutyItemKind = kind === 'power' ? 'duty' : 'power';
  const otherCount = useDutyItemCount(
    { ...filters, kind: other, category: undefined },
    Boolean(filters.status),
  );
  const counts: Partial<Record<DutyItemKind, number>> = filters.status
    ? { [kind]: items.total, [other]: otherCount.data?.total }
    : {};

  const onExport = () => {
    setExporting(true);
    exportDutyItems(kind, filters.unitId)
      .catch((error: unknown) => onError(error))
      .finally(() => setExporting(false));
  };

  return (
    <>
      <PageHeader
        title={t.nav.dutyItems}
        extra={
          <>
            {canDraft && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() =>
                  setDrawer({ mode: 'create', kind, unitId: filters.unitId ?? me.data?.unit.id })
                }
                data-testid="duty-add"
              >
                {t.dutyItem.create}
              </Button>
            )}
            {canDraft && (
              <Button
                icon={<FileExcelOutlined />}
                onClick={() => downloadImportTemplate(kind).catch((error: unknown) => onError(error))}
                data-testid="duty-template"
              >
                {t.dutyItem.excel.template}
              </Button>
            )}
            {canDraft && (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="duty-import">
                {t.dutyItem.excel.import}
              </Button>
            )}
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={onExport}
              data-testid="duty-export"
            >
              {t.dutyItem.excel.export}
            </Button>
          </>
        }
      />
      <Tabs
        activeKey={kind}
        onChange={(key) =>
          setSearchParams(
            (current) => {
              const next = new URLSearchParams(current);
              next.set('kind', key);
              // A category belongs to the power list only.
              if (key !== 'power') next.delete('category');
              return next;
            },
            { replace: true },
          )
        }
        items={DUTY_ITEM_KINDS.map((value) => ({
          key: value,
          label: (
            <span data-testid={`duty-tab-${value}`} data-count={counts[value]}>
              {t.dutyItem.kind[value]}
              {counts[value] !== undefined && (
                <Badge
                  count={counts[value]}
                  showZero
                  color={counts[value] ? '#a8071a' : '#8c8c8c'}
                  style={{ marginInlineStart: 6 }}
                  data-testid={`duty-tab-${value}-count`}
                />
              )}
            </span>
          ),
        }))}
      />
      <DutyItemFilters value={query} onChange={({ kind: _kind, ...rest }) => setFilters(rest)} />
      <DutyItemTable kind={kind} pager={items} onView={(item) => setDrawer({ mode: 'view', id: item.id })} />
      {shown && (
        <DutyItemDrawer
          key={shown.mode === 'view' ? shown.id : 'create'}
          target={shown}
          onClose={() => {
            setDrawer(null);
            if (openId) clearOpen();
          }}
        />
      )}
      {importing && (
        <ImportModal
          kind={kind}
          unitId={filters.unitId ?? me.data?.unit.id}
          onClose={() => setImporting(false)}
        />
      )}
    </>
  );
}
