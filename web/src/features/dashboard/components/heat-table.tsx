import type { DashboardHeat, HeatCell, HeatMeasure } from '@zeren/contracts';
import { Alert, Card, Empty, Flex, Select, Spin, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { listHref } from '../../../app/registry';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatCount } from '../../../lib/format';
import { useDashboardHeat } from '../api/get-dashboard-heat';
import { unitViewHref } from '../paths';

/**
 * A cell's background: white at zero to deep red at the table's largest count (a sequential scale:
 * the eye reads "more" as "darker"), with the text turning white where the background is dark.
 */
export function heatColour(value: number, max: number): { background: string; color: string } {
  if (value <= 0 || max <= 0) return { background: 'transparent', color: 'inherit' };
  const share = value / max;
  // From #fff1f0 (red-1) to #a8071a (red-8), by the share of the largest count.
  const mix = (from: number, to: number) => Math.round(from + (to - from) * share);
  return {
    background: `rgb(${mix(255, 168)}, ${mix(241, 7)}, ${mix(240, 26)})`,
    color: share > 0.55 ? '#fff' : 'inherit',
  };
}

interface Props {
  campaignId: string;
  /** The unit whose children are the rows; the caller's top unit without. */
  parentUnitId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * 热力表: the children of a unit × the campaign's domains, one measure at a time, each cell a link
 * to the list of the records it counts (the unit, the domain and the measure's filter); the last
 * column is the unit's total, records without a domain included. Scrolls sideways on a phone, the
 * unit names staying in view.
 */
export function HeatTable({ campaignId, parentUnitId, from, to }: Props) {
  const t = useT();
  const locale = useLocale();
  const [measure, setMeasure] = useState<HeatMeasure | undefined>(undefined);
  const heat = useDashboardHeat({ campaignId, parentUnitId, measure, from, to });
  const data = heat.data;
  const max = Math.max(0, ...(data?.cells ?? []).filter((c) => c.domainId !== null).map((c) => c.value));

  const cell = (key: string, c: HeatCell | undefined, total = false) => {
    if (!c) return <td key={key} />;
    const href = listHref(c.drill.operationId, c.drill.query);
    const style = total ? undefined : heatColour(c.value, max);
    const text = formatCount(c.value, locale);
    return (
      <td
        key={key}
        className={total ? 'heat-total' : 'heat-cell'}
        style={style}
        data-testid={`heat-cell-${c.unitId}-${c.domainId ?? 'total'}`}
        data-value={c.value}
      >
        {href && c.value > 0 ? (
          <Link to={href} style={style ? { color: style.color } : undefined}>
            {text}
          </Link>
        ) : (
          text
        )}
      </td>
    );
  };

  return (
    <Card
      size="small"
      title={data ? format(t.dashboard.heat.title, { unit: data.parent.name }) : t.dashboard.heat.titleShort}
      data-testid="dashboard-heat"
    >
      {heat.isError && <Alert type="error" showIcon title={t.dashboard.heat.failed} />}
      {heat.isLoading && <Spin />}
      {data && (
        <Flex vertical gap="small" style={{ minWidth: 0 }}>
          {/* A select, not tabs: three measures' names do not fit a phone's width side by side. */}
          <Select<HeatMeasure>
            aria-label={t.dashboard.heat.measureLabel}
            value={data.measure}
            onChange={setMeasure}
            options={data.measures.map((m) => ({ value: m, label: t.dashboard.heat.measure[m] }))}
            style={{ width: '100%', maxWidth: 320 }}
            data-testid="heat-measure"
          />
          <Typography.Text type="secondary">
            {data.unitFilter === 'subtree' ? t.dashboard.heat.subtree : t.dashboard.heat.exact}
          </Typography.Text>
          {data.units.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.dashboard.heat.noUnits} />
          ) : (
            <HeatGrid data={data} cell={cell} />
          )}
        </Flex>
      )}
    </Card>
  );
}

function HeatGrid({
  data,
  cell,
}: {
  data: DashboardHeat;
  cell: (key: string, c: HeatCell | undefined, total?: boolean) => ReactNode;
}) {
  const t = useT();
  const byCell = new Map(data.cells.map((c) => [`${c.unitId}/${c.domainId ?? ''}`, c]));
  return (
    <div className="heat-scroll" data-testid="heat-table" data-measure={data.measure}>
      <table className="heat-table">
        <caption className="heat-caption">{t.dashboard.heat.measure[data.measure]}</caption>
        <thead>
          <tr>
            <th scope="col" className="heat-unit">
              {t.dashboard.heat.unit}
            </th>
            {data.domains.map((d) => (
              <th scope="col" key={d.id}>
                {d.title}
              </th>
            ))}
            <th scope="col">{t.dashboard.heat.total}</th>
          </tr>
        </thead>
        <tbody>
          {data.units.map((u) => (
            <tr key={u.id} data-testid={`heat-row-${u.id}`}>
              <th scope="row" className="heat-unit">
                <Link to={unitViewHref(u.id)}>{u.name}</Link>
              </th>
              {data.domains.map((d) => cell(d.id, byCell.get(`${u.id}/${d.id}`)))}
              {cell('total', byCell.get(`${u.id}/`), true)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
