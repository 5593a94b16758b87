import { Descriptions } from 'antd';
import { useT } from '../../../i18n/use-t';
import type { DutyItemVersion } from '../types';
import { categoryLabel } from './category-label';

/** The content fields of one version, read-only. */
export function VersionContent({ version }: { version: DutyItemVersion }) {
  const t = useT();
  const text = (value: string | null) => <span className="pre-wrap">{value || '—'}</span>;
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      items={[
        { key: 'name', label: t.dutyItem.name, children: version.name },
        { key: 'category', label: t.dutyItem.category, children: categoryLabel(t, version.category) || '—' },
        { key: 'legalBasis', label: t.dutyItem.legalBasis, children: text(version.legalBasis) },
        {
          key: 'implementingBody',
          label: t.dutyItem.implementingBody,
          children: text(version.implementingBody),
        },
        { key: 'handlingOffice', label: t.dutyItem.handlingOffice, children: text(version.handlingOffice) },
        {
          key: 'responsibilities',
          label: t.dutyItem.responsibilities,
          children: text(version.responsibilities),
        },
        {
          key: 'accountabilityConditions',
          label: t.dutyItem.accountabilityConditions,
          children: text(version.accountabilityConditions),
        },
        {
          key: 'accountabilityBasis',
          label: t.dutyItem.accountabilityBasis,
          children: text(version.accountabilityBasis),
        },
        { key: 'remarks', label: t.dutyItem.remarks, children: text(version.remarks) },
      ]}
    />
  );
}
