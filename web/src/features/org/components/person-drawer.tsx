import type { Person } from '@zeren/contracts';
import { App, Button, Drawer, Flex, Form, Grid, Tabs } from 'antd';
import { useState } from 'react';
import { PageSpinner } from '../../../components/page-spinner';
import { historyTab } from '../../../components/record-history';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { blankToNull } from '../../../lib/form-values';
import { useCreatePerson } from '../api/create-person';
import { usePerson } from '../api/get-person';
import { useUpdatePerson } from '../api/update-person';
import { PersonDetails } from './person-details';
import { PersonForm, type PersonFormValues, toPersonFormValues } from './person-form';

export type PersonDrawerTarget =
  | { mode: 'create'; unitId?: string | undefined }
  | { mode: 'view' | 'edit'; id: string };

function toBody(values: PersonFormValues) {
  return {
    unitId: values.unitId,
    name: values.name,
    position: blankToNull(values.position),
    isLeader: values.isLeader ?? false,
    phone: blankToNull(values.phone),
    email: blankToNull(values.email),
  };
}

/**
 * Creates, shows or edits one person. Showing and editing load the full record
 * (GET /api/persons/:id), the only place phone and email appear unmasked.
 */
export function PersonDrawer({
  target,
  canWrite,
  onClose,
}: {
  target: PersonDrawerTarget;
  canWrite: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [mode, setMode] = useState(target.mode);
  const [form] = Form.useForm<PersonFormValues>();
  const person = usePerson(target.mode === 'create' ? null : target.id);
  const createPerson = useCreatePerson();
  const updatePerson = useUpdatePerson();
  const onError = useApiErrorHandler();

  const handlers = {
    onSuccess: (saved: Person) => {
      message.success(t.common.saved);
      if (target.mode === 'create') onClose();
      else setMode('view');
      return saved;
    },
    onError: (error: unknown) => onError(error, form),
  };
  const onFinish = (values: PersonFormValues) => {
    if (target.mode === 'create') createPerson.mutate(toBody(values), handlers);
    else updatePerson.mutate({ id: target.id, ...toBody(values) }, handlers);
  };

  const title = { create: t.person.createTitle, edit: t.person.editTitle, view: t.person.viewTitle }[mode];
  const saving = createPerson.isPending || updatePerson.isPending;
  const extra =
    mode === 'view' ? (
      canWrite && (
        <Button onClick={() => setMode('edit')} data-testid="person-edit-from-view">
          {t.common.edit}
        </Button>
      )
    ) : (
      <Flex gap="small">
        <Button onClick={onClose}>{t.common.cancel}</Button>
        <Button
          type="primary"
          loading={saving}
          onClick={() => form.submit()}
          data-testid="person-form-submit"
        >
          {t.common.save}
        </Button>
      </Flex>
    );

  const body = () => {
    if (mode === 'create')
      return (
        <PersonForm
          form={form}
          initialValues={{ unitId: target.mode === 'create' ? target.unitId : undefined, isLeader: false }}
          onFinish={onFinish}
        />
      );
    if (!person.data) return <PageSpinner />;
    if (mode === 'view')
      return (
        <Tabs
          items={[
            { key: 'details', label: t.common.details, children: <PersonDetails person={person.data} /> },
            historyTab(t.history.tab, { recordType: 'person', id: person.data.id }),
          ]}
        />
      );
    return <PersonForm form={form} initialValues={toPersonFormValues(person.data)} onFinish={onFinish} />;
  };

  return (
    <Drawer
      open
      title={title}
      size={screens.sm === false ? '100%' : 480}
      onClose={onClose}
      extra={extra}
      data-testid="person-drawer"
    >
      {body()}
    </Drawer>
  );
}
