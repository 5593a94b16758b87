import type { Person } from '@zeren/contracts';
import { Descriptions } from 'antd';
import { useT } from '../../../i18n/use-t';

/** One person in full, phone and email unmasked. */
export function PersonDetails({ person }: { person: Person }) {
  const t = useT();
  const orNone = (value: string | null) => value ?? t.common.none;
  return (
    <Descriptions
      column={1}
      bordered
      size="small"
      data-testid="person-details"
      items={[
        { key: 'name', label: t.person.name, children: person.name },
        { key: 'unit', label: t.person.unit, children: person.unitName },
        { key: 'position', label: t.person.position, children: orNone(person.position) },
        { key: 'isLeader', label: t.person.isLeader, children: person.isLeader ? t.common.yes : t.common.no },
        {
          key: 'phone',
          label: t.person.phone,
          children: <span data-testid="person-phone">{orNone(person.phone)}</span>,
        },
        {
          key: 'email',
          label: t.person.email,
          children: <span data-testid="person-email">{orNone(person.email)}</span>,
        },
      ]}
    />
  );
}
