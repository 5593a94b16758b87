import type { Campaign } from '@zeren/contracts';
import { Alert, App, Button, Descriptions, Drawer, Flex, Form, Grid, Input, Select } from 'antd';
import {
  DeadlinePicker,
  type DeadlineValue,
  deadlineInput,
  deadlineRequired,
} from '../../../components/deadline-picker';
import { UnitPersonSelect } from '../../../components/unit-person-select';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { useCreateKeyTask } from '../api/create-key-task';
import { useUpdateKeyTask } from '../api/update-key-task';
import type { KeyTask } from '../types';
import { KeyTaskDueDate } from './key-task-due-date';

interface Values {
  domainId?: string | null;
  unitId: string;
  title: string;
  target: string;
  dueDate: DeadlineValue;
  responsiblePersonIds: string[];
}

export type KeyTaskFormTarget =
  | { mode: 'create'; parent?: KeyTask | undefined; unitId?: string | undefined }
  | { mode: 'edit'; task: KeyTask };

/** Creates a key task (or a sub-task of `parent`), or edits one. */
export function KeyTaskFormDrawer({
  campaign,
  target,
  onClose,
}: {
  campaign: Campaign;
  target: KeyTaskFormTarget;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const unitId = Form.useWatch('unitId', form);
  const create = useCreateKeyTask();
  const update = useUpdateKeyTask();
  const onError = useApiErrorHandler();

  const initialValues: Partial<Values> =
    target.mode === 'edit'
      ? {
          domainId: target.task.domainId,
          unitId: target.task.unitId,
          title: target.task.title,
          target: target.task.target,
          dueDate: { date: target.task.dueDate, workingDays: null },
          responsiblePersonIds: target.task.responsiblePersons.map((person) => person.id),
        }
      : {
          domainId: target.parent?.domainId ?? null,
          unitId: target.parent?.unitId ?? target.unitId,
          dueDate: { date: null, workingDays: null },
          responsiblePersonIds: [],
        };
  // A task set by another unit: only that unit changes what, by when and under which domain.
  const restricted = target.mode === 'edit' && !target.task.deadlineOwned;

  const onFinish = (values: Values) => {
    const handlers = {
      onSuccess: () => {
        message.success(t.common.saved);
        onClose();
      },
      onError: (error: unknown) => onError(error, form),
    };
    if (restricted) {
      update.mutate({ id: target.task.id, responsiblePersonIds: values.responsiblePersonIds }, handlers);
      return;
    }
    const fields = {
      domainId: values.domainId ?? null,
      title: values.title.trim(),
      target: values.target.trim(),
      responsiblePersonIds: values.responsiblePersonIds,
    };
    if (target.mode === 'edit') {
      // An unchanged date is not sent: sending it would drop a deadline counted in working days.
      const due = values.dueDate;
      const deadline = due.workingDays !== null || due.date !== target.task.dueDate ? deadlineInput(due) : {};
      update.mutate({ id: target.task.id, ...fields, ...deadline }, handlers);
    } else
      create.mutate(
        {
          campaignId: campaign.id,
          unitId: values.unitId,
          parentId: target.parent?.id ?? null,
          ...fields,
          ...deadlineInput(values.dueDate),
        },
        handlers,
      );
  };

  const title =
    target.mode === 'edit'
      ? t.keyTask.editTitle
      : target.parent
        ? `${t.keyTask.addChild} · ${target.parent.title}`
        : t.keyTask.createTitle;

  return (
    <Drawer
      open
      title={title}
      size={screens.sm === false ? '100%' : 560}
      onClose={onClose}
      data-testid="key-task-form-drawer"
      extra={
        <Flex gap="small">
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button
            type="primary"
            loading={create.isPending || update.isPending}
            onClick={() => form.submit()}
            data-testid="key-task-form-submit"
          >
            {t.common.save}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="key-task"
        initialValues={initialValues}
        onFinish={onFinish}
        onValuesChange={(changed) => {
          if ('unitId' in changed) form.setFieldValue('responsiblePersonIds', []);
        }}
        data-testid="key-task-form"
      >
        {restricted && (
          <>
            <Alert
              type="info"
              showIcon
              className="toolbar"
              title={format(t.keyTask.setBySuperiorForm, { unit: target.task.setByUnitName })}
              data-testid="key-task-form-restricted"
            />
            <Descriptions
              column={1}
              size="small"
              bordered
              className="toolbar"
              data-testid="key-task-form-readonly"
              items={[
                { key: 'title', label: t.keyTask.title, children: target.task.title },
                {
                  key: 'target',
                  label: t.keyTask.target,
                  children: <span className="pre-wrap">{target.task.target}</span>,
                },
                { key: 'dueDate', label: t.keyTask.dueDate, children: <KeyTaskDueDate task={target.task} /> },
                { key: 'domain', label: t.keyTask.domain, children: target.task.domainTitle ?? '—' },
                { key: 'setBy', label: t.keyTask.setBy, children: target.task.setByUnitName },
              ]}
            />
          </>
        )}
        {!restricted && (
          <Form.Item name="domainId" label={t.keyTask.domain}>
            <Select
              allowClear
              options={campaign.domains.map((domain) => ({ value: domain.id, label: domain.title }))}
              data-testid="key-task-form-domain"
            />
          </Form.Item>
        )}
        <Form.Item
          name="unitId"
          label={t.keyTask.unit}
          rules={[{ required: true, message: t.common.required }]}
        >
          <UnitTreeSelect
            disabled={target.mode === 'edit' || Boolean(target.parent)}
            data-testid="key-task-form-unit"
          />
        </Form.Item>
        {!restricted && (
          <>
            <Form.Item
              name="title"
              label={t.keyTask.title}
              rules={[{ required: true, whitespace: true, message: t.common.required }]}
            >
              <Input maxLength={200} data-testid="key-task-form-title" />
            </Form.Item>
            <Form.Item
              name="target"
              label={t.keyTask.target}
              rules={[{ required: true, whitespace: true, message: t.common.required }]}
            >
              <Input.TextArea
                autoSize={{ minRows: 3, maxRows: 10 }}
                maxLength={4000}
                data-testid="key-task-form-target"
              />
            </Form.Item>
            <Form.Item
              name="dueDate"
              label={t.keyTask.dueDate}
              required
              rules={[deadlineRequired(t.common.required)]}
            >
              <DeadlinePicker data-testid="key-task-form-due" />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="responsiblePersonIds"
          label={t.keyTask.responsiblePersons}
          rules={[{ required: true, type: 'array', min: 1, message: t.common.required }]}
        >
          <UnitPersonSelect<string[]>
            mode="multiple"
            unitId={unitId}
            noUnitPlaceholder={t.keyTask.selectUnitFirst}
            data-testid="key-task-form-persons"
            known={
              target.mode === 'edit'
                ? target.task.responsiblePersons.map((person) => ({ value: person.id, label: person.name }))
                : []
            }
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
