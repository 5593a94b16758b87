import { Typography } from 'antd';
import { Details } from '../../../components/details';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { SpotCheckPlan } from '../types';

/** What anyone needs to check the draw: the commitment, the public value and its source, the seed. */
export function DrawInputs({ plan }: { plan: SpotCheckPlan }) {
  const t = useT();
  const locale = useLocale();
  const mono = (value: string | null) =>
    value ? (
      <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
        {value}
      </Typography.Text>
    ) : null;
  return (
    <Details
      column={1}
      bordered
      data-testid="spot-check-draw-inputs"
      items={[
        { key: 'commitment', label: t.spotCheck.commitment, children: mono(plan.commitment) },
        {
          key: 'committedAt',
          label: t.spotCheck.committedAt,
          children: formatDateTime(plan.committedAt, locale),
        },
        { key: 'publicValue', label: t.spotCheck.publicValue, children: plan.publicValue },
        { key: 'publicValueSource', label: t.spotCheck.publicValueSource, children: plan.publicValueSource },
        {
          key: 'publicValueDate',
          label: t.spotCheck.publicValueDate,
          children: formatDate(plan.publicValueDate, locale),
        },
        {
          key: 'seed',
          label: t.spotCheck.seed,
          children: plan.seed ? (
            <>
              {mono(plan.seed)}
              <div>
                <Typography.Text type="secondary">{t.spotCheck.seedFormula}</Typography.Text>
              </div>
            </>
          ) : null,
        },
        { key: 'algorithm', label: t.spotCheck.algorithm, children: plan.algorithm },
        { key: 'drawnAt', label: t.spotCheck.drawnAt, children: formatDateTime(plan.drawnAt, locale) },
      ]}
    />
  );
}
