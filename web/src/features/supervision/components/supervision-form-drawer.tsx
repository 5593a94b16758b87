import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Campaign } from '@zeren/contracts';
import { App, Button, DatePicker, Drawer, Flex, Form, Grid, Input, Radio, Select } from 'antd';
import {
  DeadlinePicker,
  type DeadlineValue,
  deadlineInput,
  deadlineRequired,
} from '../../../components/deadline-picker';
import { UnitPersonSelect } from '../../../components/unit-person-select';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { dateFieldProps } from '../../../lib/date-field';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { blankToNull } from '../../../lib/form-values';
import { useCreateSupervisionItem } from '../api/create-supervision-item';
import { useUpdateSupervisionItem } from '../api/update-supervision-item';
import { SUPERVISION_SOURCES, type SupervisionItem, type SupervisionSource } from '../types';

interface Values {
  source: SupervisionSource;
  instruction?: string;
  instructingLeader?: string;
  title: string;
  task: string;
  domainId?: string | null;
  unitId: string;
  responsiblePersonId?: string | null;
  dueDate: DeadlineValue;
  milestones: { title: string; dueDate: string | null }[];
}

export type SupervisionFormTarget =
  | { mode: 'create'; parent?: SupervisionItem | undefined }
  | { mode: 'edit'; item: SupervisionItem };

/**
 * 立项: registers a supervision item (or a sub-item for a co-operating unit), or edits one — its
 * source (and the leader's instruction), the task, the lead unit and its responsible person, the
 * deadline (a date, or N working days) and its milestones.
 */
export function SupervisionFormDrawer({
  campaign,
  target,
  onClose,
  onCreated,
}: {
  campaign: Campaign;
  target: SupervisionFormTarget;
  onClose: () => void;
  onCreated?: (item: SupervisionItem) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const unitId = Form.useWatch('unitId', form);
  const source = Form.useWatch('source', form);
  const create = useCreateSupervisionItem();
  const update = useUpdateSupervisionItem();
  const onError = useApiErrorHandler();
  const editing = target.mode === 'edit' ? target.item : null;
  const parent = target.mode === 'create' ? target.parent : undefined;
  // The lead unit changes only before the unit signed for the item.
  const unitFixed = editing !== null && !['registered', 'rejected_assignment'].includes(editing.status);

  const initialValues: Partial<Values> = editing
    ? {
        source: editing.source,
        instruction: editing.instruction ?? undefined,
        instructingLeader: editing.instructingLeader ?? undefined,
        title: editing.title,
        task: editing.task,
        domainId: editing.domainId,
        unitId: editing.unitId,
        responsiblePersonId: editing.responsiblePersonId,
        dueDate: { date: editing.dueDate, workingDays: null },
        milestones: editing.milestones.map((milestone) => ({ ...milestone })),
      }
    : {
        source: parent?.source ?? 'decision',
        instruction: parent?.instruction ?? undefined,
        instructingLeader: parent?.instructingLeader ?? undefined,
        domainId: parent?.domainId ?? null,
        dueDate: { date: null, workingDays: null },
        milestones: [],
      };

  const onFinish = (values: Values) => {
    const leader = values.source === 'leader_instruction';
    const fields = {
      source: values.source,
      instruction: leader ? blankToNull(values.instruction) : null,
      instructingLeader: leader ? blankToNull(values.instructingLeader) : null,
      title: values.title.trim(),
      task: values.task.trim(),
      domainId: values.domainId ?? null,
      unitId: values.unitId,
      responsiblePersonId: values.responsiblePersonId ?? null,
      milestones: values.milestones.map((milestone) => ({
        title: milestone.title.trim(),
        dueDate: milestone.dueDate!,
      })),
    };
    const handlers = {
      onError: (error: unknown) => onError(error, form),
    };
    if (editing) {
      // An unchanged date is not sent: sending it would drop a deadline counted in working days.
      const due = values.dueDate;
      const deadline = due.workingDays !== null || due.date !== editing.dueDate ? deadlineInput(due) : {};
      update.mutate(
        { id: editing.id, ...fields, ...deadline },
        {
          ...handlers,
          onSuccess: () => {
            message.success(t.common.saved);
            onClose();
          },
        },
      );
    } else
      create.mutate(
        {
          campaignId: campaign.id,
          parentId: parent?.id ?? null,
          ...fields,
          ...deadlineInput(values.dueDate),
        },
        {
          ...handlers,
          onSuccess: (item) => {
            message.success(t.common.saved);
            onClose();
            onCreated?.(item);
          },
        },
      );
  };

  const title = editing
    ? t.supervision.editTitle
    : parent
      ? `${t.supervision.addChild} · ${parent.title}`
      : t.supervision.createTitle;

  return (
    <Drawer
      open
      title={title}
      size={screens.sm === false ? '100%' : 600}
      onClose={onClose}
      data-testid="supervision-form-drawer"
      extra={
        <Flex gap="small">
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button
            type="primary"
            loading={create.isPending || update.isPending}
            onClick={() => form.submit()}
            data-testid="supervision-form-submit"
          >
            {t.common.save}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="supervision-item"
        initialValues={initialValues}
        onFinish={onFinish}
        onValuesChange={(changed) => {
          if ('unitId' in changed) form.setFieldValue('responsiblePersonId', null);
        }}
        data-testid="supervision-form"
      >
        <Form.Item name="source" label={t.supervision.source} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={SUPERVISION_SOURCES.map((value) => ({ value, label: t.supervisionSource[value] }))}
            data-testid="supervision-form-source"
          />
        </Form.Item>
        {source === 'leader_instruction' && (
          <>
            <Form.Item
              name="instruction"
              label={t.supervision.instruction}
              rules={[{ required: true, whitespace: true, message: t.common.required }]}
            >
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 8 }}
                maxLength={4000}
                data-testid="supervision-form-instruction"
              />
            </Form.Item>
            <Form.Item name="instructingLeader" label={t.supervision.instructingLeader}>
              <Input maxLength={100} data-testid="supervision-form-leader" />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="title"
          label={t.supervision.title}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input maxLength={200} data-testid="supervision-form-title" />
        </Form.Item>
        <Form.Item
          name="task"
          label={t.supervision.task}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={4000}
            data-testid="supervision-form-task"
          />
        </Form.Item>
        <Form.Item name="domainId" label={t.supervision.domain}>
          <Select
            allowClear
            options={campaign.domains.map((domain) => ({ value: domain.id, label: domain.title }))}
            data-testid="supervision-form-domain"
          />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t.supervision.unit}
          rules={[{ required: true, message: t.common.required }]}
        >
          <UnitTreeSelect disabled={unitFixed} data-testid="supervision-form-unit" />
        </Form.Item>
        <Form.Item name="responsiblePersonId" label={t.supervision.responsiblePerson}>
          <UnitPersonSelect<string>
            unitId={unitId}
            noUnitPlaceholder={t.supervision.selectUnitFirst}
            known={
              editing?.responsiblePersonId && editing.responsiblePersonName
                ? [{ value: editing.responsiblePersonId, label: editing.responsiblePersonName }]
                : []
            }
            data-testid="supervision-form-person"
          />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={t.supervision.dueDate}
          required
          rules={[deadlineRequired(t.common.required)]}
        >
          <DeadlinePicker data-testid="supervision-form-due" />
        </Form.Item>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <Form.Item label={t.supervision.milestones} data-testid="supervision-form-milestones">
              <Flex vertical gap="small">
                {fields.map((field, index) => (
                  <Flex
                    key={field.key}
                    gap="small"
                    align="start"
                    wrap
                    data-testid="supervision-form-milestone"
                  >
                    <Form.Item
                      name={[field.name, 'title']}
                      rules={[{ required: true, whitespace: true, message: t.common.required }]}
                      style={{ flex: '1 1 200px', marginBottom: 0 }}
                    >
                      <Input
                        maxLength={200}
                        placeholder={t.supervision.milestoneTitle}
                        aria-label={`${t.supervision.milestoneTitle} ${index + 1}`}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'dueDate']}
                      rules={[{ required: true, message: t.common.required }]}
                      {...dateFieldProps}
                      style={{ flex: '0 1 160px', marginBottom: 0 }}
                    >
                      <DatePicker
                        placeholder={t.supervision.milestoneDue}
                        aria-label={`${t.supervision.milestoneDue} ${index + 1}`}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={`${t.supervision.removeMilestone} ${index + 1}`}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ title: '', dueDate: null })}
                  disabled={fields.length >= 20}
                  data-testid="supervision-form-add-milestone"
                >
                  {t.supervision.addMilestone}
                </Button>
              </Flex>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
