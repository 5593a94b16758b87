import { PlusOutlined } from '@ant-design/icons';
import type { Person } from '@zeren/contracts';
import { App, Button } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { useOpenParam } from '../../../lib/open-param';
import { useCan } from '../../../lib/use-can';
import { useDeletePerson } from '../api/delete-person';
import { usePersonsPage } from '../api/list-persons';
import { ListFilters, type ListFilterValues } from '../components/list-filters';
import { PersonDrawer, type PersonDrawerTarget } from '../components/person-drawer';
import { PersonTable } from '../components/person-table';

export function PersonsPage() {
  const t = useT();
  const can = useCan();
  const canWrite = can('org.person.write');
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [filters, setFilters] = useState<ListFilterValues>({});
  const [drawer, setDrawer] = useState<PersonDrawerTarget | null>(null);
  // Opened on one person (a link from the audit log): the person's details, a logged view as from the list.
  const [openId, clearOpen] = useOpenParam();
  const shown: PersonDrawerTarget | null = drawer ?? (openId ? { mode: 'view', id: openId } : null);
  const persons = usePersonsPage(filters);
  const deletePerson = useDeletePerson();

  const onDelete = (person: Person) =>
    deletePerson.mutate(person.id, {
      onSuccess: () => message.success(t.common.deleted),
      onError: (error) => onError(error),
    });

  return (
    <>
      <PageHeader
        title={t.nav.persons}
        extra={
          canWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDrawer({ mode: 'create', unitId: filters.unitId })}
              data-testid="add-person"
            >
              {t.person.createTitle}
            </Button>
          )
        }
      />
      <ListFilters
        value={filters}
        onChange={setFilters}
        searchPlaceholder={t.person.searchPlaceholder}
        testIdPrefix="person"
      />
      <PersonTable
        pager={persons}
        exportList={{ operationId: 'exportPersons', query: filters }}
        canWrite={canWrite}
        onView={(person) => setDrawer({ mode: 'view', id: person.id })}
        onEdit={(person) => setDrawer({ mode: 'edit', id: person.id })}
        onDelete={onDelete}
      />
      {shown && (
        <PersonDrawer
          key={shown.mode === 'create' ? 'create' : `${shown.mode}:${shown.id}`}
          target={shown}
          canWrite={canWrite}
          onClose={() => {
            setDrawer(null);
            if (openId) clearOpen();
          }}
        />
      )}
    </>
  );
}
