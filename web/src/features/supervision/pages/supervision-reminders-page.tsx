import { DatePicker, Flex, Select, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { LinkedFiltersNotice } from '../../../components/linked-filters-notice';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate, formatDateTime } from '../../../lib/format';
import { dateFilter, oneOfFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { useSupervisionRemindersPage } from '../api/list-supervision-reminders';
import { supervisionItemHref } from '../module';
import { SUPERVISION_REMINDER_KINDS, type SupervisionReminder } from '../types';

/**
 * The filters the list reads from its address: a dashboard figure (催办次数) links with its
 * campaign, period, unit and kind; an item's page with the item.
 */
const FILTERS = {
  unitId: textFilter,
  kind: oneOfFilter(SUPERVISION_REMINDER_KINDS),
  remindedFrom: dateFilter,
  remindedTo: dateFilter,
  // What a link names that the form does not show (a notice does).
  campaignId: textFilter,
  itemId: textFilter,
};

/**
 * 催办记录: every reminder of the supervision items in scope — the escalation ladder's (蓝色提醒)
 * and each person's 催办 with its message — newest first, in the current campaign unless a link
 * names another.
 */
export function SupervisionRemindersPage() {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const campaign = useCurrentCampaign(can('campaign.read'));
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const campaignKnown = !can('campaign.read') || campaign.isFetched;
  const query = { ...filters, campaignId: filters.campaignId ?? campaign.data?.id };
  const reminders = useSupervisionRemindersPage(query, campaignKnown);
  const period: [Dayjs, Dayjs] | null =
    filters.remindedFrom && filters.remindedTo
      ? [dayjs(filters.remindedFrom), dayjs(filters.remindedTo)]
      : null;
  const field = { flex: '1 1 150px', maxWidth: 220 };

  const columns: TableColumnsType<SupervisionReminder> = [
    {
      key: 'at',
      title: t.supervisionReminder.remindedAt,
      render: (_, r) => <span data-testid="reminder-at">{formatDateTime(r.remindedAt, locale)}</span>,
    },
    {
      key: 'item',
      title: t.supervision.record,
      minWidth: 240,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Typography.Text type="secondary">{r.itemCode}</Typography.Text>
          <Link to={supervisionItemHref(r.itemId)} data-testid="reminder-item">
            {r.itemTitle}
          </Link>
        </Flex>
      ),
    },
    { key: 'unit', title: t.supervisionReminder.unit, dataIndex: 'unitName', minWidth: 140 },
    {
      key: 'kind',
      title: t.supervisionReminder.kind,
      render: (_, r) => (
        <Tag color={r.kind === 'ladder' ? 'blue' : 'orange'} data-testid="reminder-kind">
          {t.supervisionReminderKind[r.kind]}
        </Tag>
      ),
    },
    {
      key: 'by',
      title: t.supervisionReminder.by,
      render: (_, r) =>
        r.kind === 'ladder'
          ? t.supervisionReminder.byLadder
          : [r.byUnitName, r.byPersonName].filter(Boolean).join(t.supervisionReminder.bySeparator),
    },
    { key: 'message', title: t.supervision.message, dataIndex: 'message', minWidth: 200 },
    {
      key: 'due',
      title: t.supervisionReminder.dueDate,
      render: (_, r) => formatDate(r.dueDate, locale),
    },
  ];

  return (
    <>
      <PageHeader title={t.supervisionReminder.title} />
      <LinkedFiltersNotice
        active={filters.campaignId !== undefined || filters.itemId !== undefined}
        onClear={() => setFilters({ ...filters, campaignId: undefined, itemId: undefined })}
      />
      <Flex gap="small" wrap className="toolbar" data-testid="reminder-filters">
        <Select
          allowClear
          placeholder={t.supervisionReminder.allKinds}
          aria-label={t.supervisionReminder.kind}
          value={filters.kind}
          onChange={(kind) => setFilters({ ...filters, kind: kind || undefined })}
          options={SUPERVISION_REMINDER_KINDS.map((k) => ({ value: k, label: t.supervisionReminderKind[k] }))}
          style={field}
          data-testid="reminder-filter-kind"
        />
        <UnitTreeSelect
          allowClear
          placeholder={t.supervisionReminder.allUnits}
          aria-label={t.supervisionReminder.unit}
          value={filters.unitId}
          onChange={(unitId) => setFilters({ ...filters, unitId: unitId || undefined })}
          style={{ ...field, minWidth: 180 }}
          data-testid="reminder-filter-unit"
        />
        <DatePicker.RangePicker
          aria-label={t.supervisionReminder.period}
          value={period}
          onChange={(range) =>
            setFilters({
              ...filters,
              remindedFrom: range?.[0]?.format('YYYY-MM-DD'),
              remindedTo: range?.[1]?.format('YYYY-MM-DD'),
            })
          }
          style={{ flex: '1 1 220px', maxWidth: 300 }}
          data-testid="reminder-filter-period"
        />
      </Flex>
      <ListTable<SupervisionReminder>
        columns={columns}
        pager={reminders}
        exportList={{ operationId: 'exportSupervisionReminders', query }}
        data-testid="reminders-table"
      />
    </>
  );
}
