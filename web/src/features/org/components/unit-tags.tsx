import type { Unit } from '@zeren/contracts';
import { Tag } from 'antd';
import { useT } from '../../../i18n/use-t';

// Preset colours whose text keeps 4.5:1 contrast on their own tint (green, gold and cyan do not).
const KIND_COLORS: Record<Unit['kind'], string> = {
  government: 'red',
  organ: 'geekblue',
  department: 'blue',
  institution: 'magenta',
  enterprise: 'purple',
};

/** The unit's kind and administrative level as two small tags. */
export function UnitTags({ unit }: { unit: Pick<Unit, 'kind' | 'level'> }) {
  const t = useT();
  return (
    <>
      <Tag color={KIND_COLORS[unit.kind]} data-kind={unit.kind}>
        {t.unitKind[unit.kind]}
      </Tag>
      <Tag data-level={unit.level}>{t.unitLevel[unit.level]}</Tag>
    </>
  );
}
