import { Flex, Typography } from 'antd';
import { StatusTag, type Tone } from '../../../components/status-tag';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import { sanctionLabel } from '../labels';
import type { Sanction } from '../types';

const TONES: Record<Sanction['status'], Tone> = { proposed: 'warning', active: 'error', lapsed: 'default' };

/** Sanctions with their period, status (拟给予 / 生效中 / 已解除) and the day they lapse. */
export function SanctionList({ sanctions }: { sanctions: Sanction[] }) {
  const t = useT();
  const locale = useLocale();
  if (sanctions.length === 0) return null;
  return (
    <Flex vertical gap={4} data-testid="sanctions">
      {sanctions.map((s) => (
        <Flex key={s.id} gap={4} wrap align="center" data-testid="sanction" data-status={s.status}>
          <span>{sanctionLabel(t, s.kind, s.months)}</span>
          <StatusTag tone={TONES[s.status]}>{t.sanctionStatus[s.status]}</StatusTag>
          {s.lapsesOn && (
            <Typography.Text type="secondary">
              {format(t.common.labelValue, {
                label: t.determination.lapsesOn,
                value: formatDate(s.lapsesOn, locale),
              })}
            </Typography.Text>
          )}
        </Flex>
      ))}
    </Flex>
  );
}
