import { FileExcelOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { LinkedFiltersNotice } from '../../../components/linked-filters-notice';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { flagFilter, oneOfFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { useSuggestion } from '../../suggestions/api/get-suggestion';
import { useSupervisionItem } from '../../supervision/api/get-supervision-item';
import { downloadLedgerTemplate } from '../api/export-rectification-items';
import { useRectificationItemsPage } from '../api/list-rectification-items';
import { LedgerImportModal } from '../components/ledger-import-modal';
import { RectificationFilters } from '../components/rectification-filters';
import {
  RectificationFormDrawer,
  type RectificationFormTarget,
  type RectificationSourceDraft,
} from '../components/rectification-form-drawer';
import { RectificationTable } from '../components/rectification-table';
import { rectificationItemHref } from '../module';
import { CONDUCT_TYPES, RECTIFICATION_SOURCES, RECTIFICATION_STATUSES } from '../types';

/** The filters the ledger reads from its address (a workbench link opens it filtered: `?toSignOff=true`). */
const FILTERS = {
  status: oneOfFilter(RECTIFICATION_STATUSES),
  source: oneOfFilter(RECTIFICATION_SOURCES),
  sourceId: textFilter,
  domainId: textFilter,
  unitId: textFilter,
  conduct: oneOfFilter(CONDUCT_TYPES),
  overdue: flagFilter,
  toSignOff: flagFilter,
  toConfirm: flagFilter,
  q: textFilter,
  // What a dashboard figure links with (the form does not show them: a notice does).
  campaignId: textFilter,
  signedOff: oneOfFilter(['true', 'false'] as const),
};

const LINKED = ['campaignId', 'signedOff'] as const;

/**
 * The record a new item comes from (`?from=supervision_item&fromId=…`, the supervision item's
 * page links so), read to fill in the form: its unit, its problem, its domain and deadline.
 */
function useSourceDraft(from: string | null, id: string | null): RectificationSourceDraft | null | undefined {
  const supervision = useSupervisionItem(from === 'supervision_item' && id ? id : undefined);
  const suggestion = useSuggestion(from === 'suggestion' && id ? id : null);
  if (from === 'supervision_item' && id) {
    const item = supervision.data?.item;
    if (!item) return supervision.isError ? null : undefined;
    return {
      source: 'supervision_item',
      sourceId: item.id,
      label: item.code,
      unitId: item.unitId,
      problem: `${item.title}：${item.task}`.slice(0, 2000),
      domainId: item.domainId,
      dueDate: item.dueDate,
    };
  }
  if (from === 'suggestion' && id) {
    const found = suggestion.data;
    if (!found) return suggestion.isError ? null : undefined;
    return {
      source: 'suggestion',
      sourceId: found.id,
      label: found.trackingCode,
      unitId: found.unitId,
      problem: `${found.title}：${found.content}`.slice(0, 2000),
      domainId: found.domainId,
      dueDate: null,
    };
  }
  return null;
}

/**
 * 整改台账: the ledger items in scope, most urgent first, filtered by status, source, domain,
 * unit, conduct type, overdue and a search; for the unit, a form to enter a problem, and the
 * ledger in Excel (template, import, export).
 */
export function LedgerPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const campaign = useCurrentCampaign(can('campaign.read'));
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [params, setParams] = useSearchParams();
  const draft = useSourceDraft(params.get('from'), params.get('fromId'));
  const [form, setForm] = useState<RectificationFormTarget | null>(null);
  const [importing, setImporting] = useState(false);
  const items = useRectificationItemsPage(filters);
  const canManage = can('rectification.item.manage');
  const fromSource = draft ? ({ mode: 'create', from: draft } as const) : null;
  const shown = form ?? (canManage ? fromSource : null);

  const closeForm = () => {
    setForm(null);
    if (params.has('from'))
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete('from');
          next.delete('fromId');
          return next;
        },
        { replace: true },
      );
  };

  return (
    <>
      <PageHeader
        title={t.nav.rectification}
        extra={
          <>
            {canManage && (
              <>
                <Button
                  icon={<FileExcelOutlined />}
                  onClick={() => downloadLedgerTemplate().catch(onError)}
                  data-testid="ledger-template"
                >
                  {t.rectification.template}
                </Button>
                <Button
                  icon={<UploadOutlined />}
                  onClick={() => setImporting(true)}
                  data-testid="ledger-import"
                >
                  {t.rectification.import}
                </Button>
              </>
            )}
            {canManage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!campaign.data}
                onClick={() => setForm({ mode: 'create' })}
                data-testid="rectification-add"
              >
                {t.rectification.create}
              </Button>
            )}
          </>
        }
      />
      {canManage && campaign.isSuccess && campaign.data === null && (
        <Alert type="info" showIcon title={t.rectification.noCampaign} className="toolbar" />
      )}
      <LinkedFiltersNotice
        active={LINKED.some((key) => filters[key] !== undefined)}
        onClear={() => setFilters({ ...filters, campaignId: undefined, signedOff: undefined })}
      />
      <RectificationFilters value={filters} domains={campaign.data?.domains ?? []} onChange={setFilters} />
      <RectificationTable
        pager={items}
        exportList={{ operationId: 'exportRectificationItems', query: filters }}
      />
      {shown && (
        <RectificationFormDrawer
          campaign={campaign.data ?? null}
          target={shown}
          onClose={closeForm}
          onCreated={(item) => navigate(rectificationItemHref(item.id))}
        />
      )}
      {importing && <LedgerImportModal unitId={filters.unitId} onClose={() => setImporting(false)} />}
    </>
  );
}
