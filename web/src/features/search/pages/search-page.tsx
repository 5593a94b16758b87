import { SEARCH_RECORD_TYPES, SEARCH_STATUSES, type SearchRecordType } from '@zeren/contracts';
import { DatePicker, Flex, Input, Select, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { RECORDS, recordTypeLabel } from '../../../app/registry';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { useFormatContext } from '../../../components/record-history';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDateTime } from '../../../lib/format';
import { oneOfFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { type SearchResult, searchable, useSearchPage } from '../api/search';
import { Highlighted } from '../components/highlighted';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateFilter = (raw: string) => (DATE.test(raw) ? raw : undefined);

/** The query and the filters, in the page's address (a link or a reload keeps them). */
const FILTERS = {
  q: textFilter,
  type: oneOfFilter(SEARCH_RECORD_TYPES),
  unitId: textFilter,
  domainId: textFilter,
  status: textFilter,
  from: dateFilter,
  to: dateFilter,
};

/** 检索结果: the records matching every word, newest first, each linking to its own page. */
export function SearchPage() {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const ctx = useFormatContext();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const [typed, setTyped] = useState(filters.q ?? '');
  useEffect(() => setTyped(filters.q ?? ''), [filters.q]);
  const campaign = useCurrentCampaign(can('campaign.read'));
  const ready = searchable(filters.q);
  const results = useSearchPage(ready ? { ...filters, q: filters.q as string } : null);

  const statusLabel = (type: SearchRecordType, status: string) => {
    if (type === 'key_task') return t.keyTaskStatus[status as keyof typeof t.keyTaskStatus] ?? status;
    const field = RECORDS.get(type)?.fields?.status;
    return field && !field.hidden && field.format ? field.format(status, ctx) : status;
  };
  const hrefOf = (r: SearchResult) => {
    const link = RECORDS.get(r.recordType)?.link;
    return link && can(link.permission) ? link.href(r.id) : null;
  };

  const columns: TableColumnsType<SearchResult> = [
    {
      key: 'result',
      title: t.search.title,
      render: (_, r) => {
        const href = hrefOf(r);
        const title = <Highlighted segments={r.title} />;
        return (
          <Flex vertical gap={2} data-testid="search-result">
            {href ? (
              <Link to={href} data-testid="search-result-link">
                {title}
              </Link>
            ) : (
              <Typography.Text strong>{title}</Typography.Text>
            )}
            {r.snippet.length > 0 && (
              <Typography.Text type="secondary" className="search-snippet">
                <Highlighted segments={r.snippet} />
              </Typography.Text>
            )}
            <Typography.Text type="secondary" className="search-meta">
              {recordTypeLabel(t, r.recordType)} · {r.unitName} · {statusLabel(r.recordType, r.status)} ·{' '}
              <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, locale)}</time>
            </Typography.Text>
          </Flex>
        );
      },
    },
  ];

  const field = { flex: '1 1 160px', maxWidth: 280 };
  const statuses = filters.type ? SEARCH_STATUSES[filters.type] : [];
  const onDate = (name: 'from' | 'to') => (value: dayjs.Dayjs | null) =>
    setFilters({ ...filters, [name]: value ? value.format('YYYY-MM-DD') : undefined });

  return (
    <>
      <PageHeader title={t.nav.search} />
      <Typography.Paragraph type="secondary">{t.search.intro}</Typography.Paragraph>
      <Input.Search
        enterButton={t.search.submit}
        placeholder={t.search.box}
        aria-label={t.search.boxShort}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        onSearch={(q) => setFilters({ ...filters, q: q.trim() || undefined })}
        status={typed && !searchable(typed) ? 'warning' : undefined}
        style={{ marginBottom: 12 }}
        data-testid="search-page-box"
      />
      {filters.q && !ready && (
        <Typography.Paragraph type="warning" data-testid="search-too-short">
          {t.search.tooShort}
        </Typography.Paragraph>
      )}
      <Flex gap="small" wrap className="toolbar" data-testid="search-filters">
        <Select
          allowClear
          placeholder={t.search.allTypes}
          aria-label={t.search.type}
          value={filters.type}
          onChange={(type) => setFilters({ ...filters, type: type || undefined, status: undefined })}
          options={SEARCH_RECORD_TYPES.filter((type) => {
            const permission = RECORDS.get(type)?.link?.permission;
            return !permission || can(permission);
          }).map((type) => ({ value: type, label: recordTypeLabel(t, type) }))}
          style={field}
          data-testid="search-filter-type"
        />
        <UnitTreeSelect
          allowClear
          placeholder={t.search.allUnits}
          aria-label={t.search.unit}
          value={filters.unitId}
          onChange={(unitId) => setFilters({ ...filters, unitId: unitId || undefined })}
          style={{ ...field, minWidth: 180 }}
          data-testid="search-filter-unit"
        />
        {(campaign.data?.domains.length ?? 0) > 0 && (
          <Select
            allowClear
            placeholder={t.search.allDomains}
            aria-label={t.search.domain}
            value={filters.domainId}
            onChange={(domainId) => setFilters({ ...filters, domainId: domainId || undefined })}
            options={campaign.data?.domains.map((d) => ({ value: d.id, label: d.title }))}
            style={field}
            data-testid="search-filter-domain"
          />
        )}
        {filters.type && (
          <Select
            allowClear
            placeholder={t.search.allStatuses}
            aria-label={t.search.status}
            value={filters.status}
            onChange={(status) => setFilters({ ...filters, status: status || undefined })}
            options={statuses.map((s) => ({ value: s, label: statusLabel(filters.type!, s) }))}
            style={field}
            data-testid="search-filter-status"
          />
        )}
        <DatePicker
          placeholder={t.search.from}
          aria-label={t.search.from}
          value={filters.from ? dayjs(filters.from) : null}
          onChange={onDate('from')}
          style={field}
          data-testid="search-filter-from"
        />
        <DatePicker
          placeholder={t.search.to}
          aria-label={t.search.to}
          value={filters.to ? dayjs(filters.to) : null}
          onChange={onDate('to')}
          style={field}
          data-testid="search-filter-to"
        />
      </Flex>
      <ListTable<SearchResult>
        columns={columns}
        pager={results}
        rowKey={(r) => `${r.recordType}:${r.id}`}
        locale={{ emptyText: ready ? t.search.empty : t.search.prompt }}
        data-testid="search-results"
      />
    </>
  );
}
