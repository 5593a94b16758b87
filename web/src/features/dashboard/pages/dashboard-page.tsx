import { FileWordOutlined } from '@ant-design/icons';
import {
  changesOf,
  comparisonOf,
  DASHBOARD_CHART_GROUPS,
  type DashboardFigure,
  type DashboardGroup,
  type DashboardRate,
  ratePercent,
  valuesOf,
} from '@zeren/contracts';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Row,
  Select,
  Spin,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { listHref } from '../../../app/registry';
import { PageHeader } from '../../../components/page-header';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatCount } from '../../../lib/format';
import { dateFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { useCampaigns } from '../../campaign/api/list-campaigns';
import { exportDashboardBriefing } from '../api/export-dashboard-briefing';
import { useDashboardSummary } from '../api/get-dashboard-summary';
import { BarChart } from '../components/bar-chart';
import { BAR_COLOURS, figureLabel } from '../components/figure-label';
import { HeatTable } from '../components/heat-table';
import { UnitLists } from '../components/unit-lists';
import { DASHBOARD_PATH, unitViewHref } from '../paths';
import '../components/dashboard.css';

/** The campaign and period, kept in the address (a reload or a colleague's link shows the same). */
const FILTERS = { campaignId: textFilter, from: dateFilter, to: dateFilter };

/**
 * 领导驾驶舱: a campaign's figures in the reader's scope — leads by source, conduct type, disposal
 * way, domain and month; supervision items by colour, overdue and closed on time; the ledger's
 * sign-off rate; key tasks (and per domain), commitments, monthly reports; the evaluation ranking.
 * Every number and bar opens the list of the records it counts (a rank, the round's results).
 */
export function DashboardPage() {
  return <DashboardView />;
}

/**
 * The dashboard of the reader's whole scope, or of one unit (单位视图: the same figures counted
 * with the lists' unit filter, the heat table of the units below it, and links to its lists).
 */
export function DashboardView({ unitId }: { unitId?: string | undefined }) {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigate();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const campaigns = useCampaigns();
  const current = useCurrentCampaign();
  const campaignId = filters.campaignId ?? current.data?.id ?? campaigns.data?.[0]?.id;
  const query = campaignId ? { campaignId, from: filters.from, to: filters.to, unitId } : null;
  const summary = useDashboardSummary(query);
  const onError = useApiErrorHandler();
  const [exporting, setExporting] = useState(false);
  const exportBriefing = async () => {
    if (!query) return;
    setExporting(true);
    try {
      await exportDashboardBriefing(query);
    } catch (error) {
      onError(error);
    } finally {
      setExporting(false);
    }
  };
  // This month against last month, a whole campaign against last year's.
  const comparison = query ? comparisonOf(query, campaigns.data ?? []) : null;
  const compared = useDashboardSummary(
    comparison &&
      (comparison.kind === 'previousPeriod'
        ? { campaignId: comparison.campaignId, from: comparison.from, to: comparison.to, unitId }
        : { campaignId: comparison.campaignId, unitId }),
  );
  const before = compared.data && comparison ? valuesOf(compared.data) : null;
  const beforeLabel =
    comparison?.kind === 'previousPeriod' ? t.dashboard.previousPeriod : t.dashboard.previousCampaign;
  const percent = (numerator: number, denominator: number) => {
    const rate = ratePercent(numerator, denominator);
    return rate === null ? t.dashboard.noRate : `${rate.toFixed(1)}%`;
  };
  // How each figure and rate moved, by the same rule as the briefing's sentences (changesOf).
  const changes = new Map(
    before
      ? (summary.data?.groups ?? [])
          .flatMap((g) => changesOf(g, before))
          .map((c) => [c.kind === 'figure' ? c.figure.key : c.rate.key, c] as const)
      : [],
  );
  const moved = (key: string) => {
    const c = changes.get(key);
    if (!c) return '';
    if (c.change === 0) return t.dashboard.unchanged;
    const change = `${c.change > 0 ? '+' : '−'}${c.kind === 'rate' ? Math.abs(c.change).toFixed(1) : formatCount(Math.abs(c.change), locale)}`;
    return format(c.kind === 'rate' ? t.dashboard.changePoints : t.dashboard.changeCount, { change });
  };
  const then = (key: string, value: string | undefined) =>
    before && value !== undefined ? (
      <span className="dashboard-before" data-testid={`dashboard-before-${key}`}>
        {format(t.common.labelValue, { label: beforeLabel, value })}
        {moved(key)}
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
      <span className="dashboard-number-label">
        {t.dashboard.rate[r.key] ?? r.denominator.label ?? r.key}
      </span>
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

  // A ranking's figures are ranks, not counts: a numbered list of the units, best first.
  const ranking = (group: DashboardGroup) => {
    const ends = [
      ['top', t.dashboard.rankingTop],
      ['bottom', t.dashboard.rankingBottom],
      ['unit', t.dashboard.rankingUnit],
    ] as const;
    return (
      <>
        {ends.map(([end, title]) => {
          const figures = group.figures.filter((f) => f.key.split('.')[1] === end);
          if (figures.length === 0) return null;
          return (
            <div key={end} className="dashboard-ranking">
              <Typography.Text type="secondary">{title}</Typography.Text>
              <ol>
                {figures.map((f) => (
                  <li key={f.key}>
                    <button
                      type="button"
                      className="dashboard-link"
                      onClick={() => open(f)}
                      data-testid={`dashboard-figure-${f.key}`}
                      data-value={f.value}
                    >
                      {format(t.common.labelValue, {
                        label: format(t.dashboard.rank, { rank: f.value }),
                        value: figureLabel(t, f),
                      })}
                    </button>
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
        <Typography.Text type="secondary">{t.dashboard.rankingHint}</Typography.Text>
      </>
    );
  };
  const card = (group: DashboardGroup) => (
    <Col xs={24} lg={12} key={group.key}>
      <Card
        size="small"
        title={
          group.kind === 'ranking'
            ? format(t.dashboard.ranking, { category: group.label ?? '' })
            : (t.dashboard.group[group.key] ?? group.label ?? group.key)
        }
        data-testid={`dashboard-group-${group.key}`}
      >
        {group.kind === 'ranking' ? ranking(group) : null}
        {DASHBOARD_CHART_GROUPS.has(group.key) ? (
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
        {group.kind === 'ranking' ? null : (
          <Flex
            wrap
            gap="small"
            className={DASHBOARD_CHART_GROUPS.has(group.key) ? 'dashboard-legend' : undefined}
          >
            {DASHBOARD_CHART_GROUPS.has(group.key)
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
        )}
      </Card>
    </Col>
  );

  const unit = summary.data?.unit;
  return (
    <>
      {unitId ? (
        <>
          <Breadcrumb
            data-testid="unit-view-place"
            items={[
              { title: <Link to={DASHBOARD_PATH}>{t.nav.dashboard}</Link> },
              ...(unit?.ancestors ?? []).map((a) => ({
                title: <Link to={unitViewHref(a.id)}>{a.name}</Link>,
              })),
              { title: unit?.name ?? '' },
            ]}
          />
          <PageHeader title={format(t.dashboard.unitView.title, { unit: unit?.name ?? '' })} />
        </>
      ) : (
        <PageHeader title={t.nav.dashboard} />
      )}
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
        <Button
          icon={<FileWordOutlined />}
          disabled={!query}
          loading={exporting}
          onClick={exportBriefing}
          data-testid="dashboard-export-briefing"
        >
          {t.dashboard.exportBriefing}
        </Button>
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
        <Row
          gutter={[16, 16]}
          data-testid="dashboard"
          data-campaign={summary.data.campaignId}
          data-unit={summary.data.unit?.id}
        >
          {summary.data.groups.map(card)}
          {unitId && (
            <Col xs={24}>
              <UnitLists unitId={unitId} campaignId={campaignId} />
            </Col>
          )}
          {campaignId && (
            <Col xs={24}>
              <HeatTable campaignId={campaignId} parentUnitId={unitId} from={filters.from} to={filters.to} />
            </Col>
          )}
        </Row>
      )}
    </>
  );
}
