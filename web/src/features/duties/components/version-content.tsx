import { Details } from '../../../components/details';
import { useT } from '../../../i18n/use-t';
import type { DutyItemKind, DutyItemVersion } from '../types';
import { categoryLabel } from './category-label';

/** The content fields of one version, read-only (a responsibility item's empty category left out). */
export function VersionContent({ version, kind }: { version: DutyItemVersion; kind: DutyItemKind }) {
  const t = useT();
  const text = (value: string | null) => value && <span className="pre-wrap">{value}</span>;
  return (
    <Details
      column={1}
      bordered
      items={[
        { key: 'name', label: t.dutyItem.name, children: version.name },
        ...(kind === 'power' || version.category
          ? [{ key: 'category', label: t.dutyItem.category, children: categoryLabel(t, version.category) }]
          : []),
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
