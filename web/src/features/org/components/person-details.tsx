import type { Person } from '@zeren/contracts';
import { Details } from '../../../components/details';
import { useT } from '../../../i18n/use-t';

/** One person in full, phone and email unmasked. */
export function PersonDetails({ person }: { person: Person }) {
  const t = useT();
  return (
    <Details
      column={1}
      bordered
      data-testid="person-details"
      items={[
        { key: 'name', label: t.person.name, children: person.name },
        { key: 'unit', label: t.person.unit, children: person.unitName },
        { key: 'position', label: t.person.position, children: person.position },
        { key: 'isLeader', label: t.person.isLeader, children: person.isLeader ? t.common.yes : t.common.no },
        {
          key: 'phone',
          label: t.person.phone,
          children: person.phone && <span data-testid="person-phone">{person.phone}</span>,
        },
        {
          key: 'email',
          label: t.person.email,
          children: person.email && <span data-testid="person-email">{person.email}</span>,
        },
      ]}
    />
  );
}
