import type { DashboardFigure, DashboardGroup, DashboardRate } from '@zeren/contracts';
import { Alert, Card, Col, DatePicker, Empty, Flex, Row, Select, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { listHref } from '../../../app/registry';
import { PageHeader } from '../../../components/page-header';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatCount } from '../../../lib/format';
import { dateFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { useCampaigns } from '../../campaign/api/list-campaigns';
import { useDashboardSummary } from '../api/get-dashboard-summary';
import { BarChart } from '../components/bar-chart';
import { comparisonOf, valuesOf } from '../components/comparison';
import { BAR_COLOURS, figureLabel } from '../components/figure-label';
import '../components/dashboard.css';

/** The campaign and period, kept in the address (a reload or a colleague's link shows the same). */
const FILTERS = { campaignId: textFilter, from: dateFilter, to: dateFilter };

/** Groups drawn as bars; the others are numbers. */
const CHARTS = new Set([
  'leads.bySource',
  'leads.byConduct',
  'leads.byDisposal',
  'leads.byDomain',
  'leads.byMonth',
  'supervision.byColour',
  'publicReports.bySatisfaction',
  'determinations.byLiability',
  'determinations.byForm',
]);

/**
 * 领导驾驶舱: a campaign's figures in the reader's scope — leads by source, conduct type, disposal
 * way, domain and month; supervision items by colour, overdue and closed on time; the ledger's
 * sign-off rate. Every number and bar opens the list of the records it counts.
 */
export function DashboardPage() {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigate();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const campaigns = useCampaigns();
  const current = useCurrentCampaign();
  const campaignId = filters.campaignId ?? current.data?.id ?? campaigns.data?.[0]?.id;
  const query = campaignId ? { campaignId, from: filters.from, to: filters.to } : null;
  const summary = useDashboardSummary(query);
  // This month against last month, a whole campaign against last year's.
  const comparison = query ? comparisonOf(query, campaigns.data ?? []) : null;
  const compared = useDashboardSummary(
    comparison &&
      (comparison.kind === 'previousPeriod'
        ? { campaignId: comparison.campaignId, from: comparison.from, to: comparison.to }
        : { campaignId: comparison.campaignId }),
  );
  const before = compared.data && comparison ? valuesOf(compared.data) : null;
  const beforeLabel =
    comparison?.kind === 'previousPeriod' ? t.dashboard.previousPeriod : t.dashboard.previousCampaign;
  const percent = (numerator: number, denominator: number) =>
    denominator === 0 ? t.dashboard.noRate : `${((100 * numerator) / denominator).toFixed(1)}%`;
  const then = (key: string, value: string | undefined) =>
    before && value !== undefined ? (
      <span className="dashboard-before" data-testid={`dashboard-before-${key}`}>
        {format(t.common.labelValue, { label: beforeLabel, value })}
      </span>
    ) : null;

  const open = (figure: DashboardFigure) => {
    const href = listHref(figure.drill.operationId, figure.drill.query);
    if (href) navigate(href);
  };
  const count = (value: number) => formatCount(value, locale);
  const period: [Dayjs, Dayjs] | null =
    filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null;

  const number = (figure: DashboardFigure) => (
    <button
      type="button"
      key={figure.key}
      className="dashboard-number"
      onClick={() => open(figure)}
      data-testid={`dashboard-figure-${figure.key}`}
      data-value={figure.value}
    >
      <span className="dashboard-number-value">{count(figure.value)}</span>
      <span className="dashboard-number-label">{figureLabel(t, figure)}</span>
      {then(figure.key, before?.has(figure.key) ? count(before.get(figure.key)!) : undefined)}
    </button>
  );

  const rate = (r: DashboardRate) => (
    <div key={r.key} className="dashboard-rate" data-testid={`dashboard-rate-${r.key}`}>
      <span className="dashboard-number-value">{percent(r.numerator.value, r.denominator.value)}</span>
      <span className="dashboard-number-label">{t.dashboard.rate[r.key] ?? r.key}</span>
      <span>
        <button
          type="button"
          className="dashboard-link"
          onClick={() => open(r.numerator)}
          data-testid={`dashboard-figure-${r.key}-numerator`}
        >
          {count(r.numerator.value)}
        </button>
        {' / '}
        <button
          type="button"
          className="dashboard-link"
          onClick={() => open(r.denominator)}
          data-testid={`dashboard-figure-${r.key}-denominator`}
        >
          {count(r.denominator.value)}
        </button>
      </span>
      {then(
        r.key,
        before?.has(`${r.key}.denominator`)
          ? percent(before.get(`${r.key}.numerator`)!, before.get(`${r.key}.denominator`)!)
          : undefined,
      )}
    </div>
  );

  const card = (group: DashboardGroup) => (
    <Col xs={24} lg={12} key={group.key}>
      <Card
        size="small"
        title={t.dashboard.group[group.key] ?? group.key}
        data-testid={`dashboard-group-${group.key}`}
      >
        {CHARTS.has(group.key) ? (
          group.figures.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <BarChart
              testId={`dashboard-chart-${group.key}`}
              bars={group.figures.map((f) => ({
                label: figureLabel(t, f),
                value: f.value,
                colour: BAR_COLOURS[f.key],
              }))}
              onPick={(index) => open(group.figures[index]!)}
            />
          )
        ) : null}
        <Flex wrap gap="small" className={CHARTS.has(group.key) ? 'dashboard-legend' : undefined}>
          {CHARTS.has(group.key)
            ? group.figures.map((f) => (
                <button
                  type="button"
                  key={f.key}
                  className="dashboard-link"
                  onClick={() => open(f)}
                  data-testid={`dashboard-figure-${f.key}`}
                  data-value={f.value}
                >
                  {format(t.common.labelValue, { label: figureLabel(t, f), value: count(f.value) })}
                </button>
              ))
            : group.figures.map(number)}
          {group.rates.map(rate)}
        </Flex>
      </Card>
    </Col>
  );

  return (
    <>
      <PageHeader title={t.nav.dashboard} />
      <Flex wrap gap="small" className="toolbar" data-testid="dashboard-filters">
        <Select
          aria-label={t.dashboard.campaign}
          value={campaignId}
          loading={campaigns.isLoading}
          onChange={(id) => setFilters({ ...filters, campaignId: id })}
          options={(campaigns.data ?? []).map((c) => ({
            value: c.id,
            label: format(t.common.withNote, { text: c.name, note: String(c.year) }),
          }))}
          style={{ flex: '1 1 220px', maxWidth: 360 }}
          data-testid="dashboard-campaign"
        />
        <DatePicker.RangePicker
          picker="month"
          aria-label={t.dashboard.period}
          placeholder={[t.dashboard.wholeCampaign, t.dashboard.wholeCampaign]}
          value={period}
          onChange={(range) =>
            setFilters({
              ...filters,
              from: range?.[0]?.startOf('month').format('YYYY-MM-DD'),
              to: range?.[1]?.endOf('month').format('YYYY-MM-DD'),
            })
          }
          style={{ flex: '1 1 220px', maxWidth: 320 }}
          data-testid="dashboard-period"
        />
      </Flex>
      <Typography.Paragraph type="secondary" className="dashboard-hint">
        <span>{t.dashboard.clickHint}</span>
        <span>{t.dashboard.periodHint}</span>
      </Typography.Paragraph>
      {campaigns.isSuccess && !campaignId && <Alert type="info" showIcon title={t.dashboard.noCampaign} />}
      {summary.isError && <Alert type="error" showIcon title={t.dashboard.failed} />}
      {summary.isLoading && <Spin />}
      {summary.data && summary.data.groups.length === 0 && <Empty description={t.dashboard.nothingToShow} />}
      {summary.data && (
        <Row gutter={[16, 16]} data-testid="dashboard" data-campaign={summary.data.campaignId}>
          {summary.data.groups.map(card)}
        </Row>
      )}
    </>
  );
}
