import type { Campaign } from '@zeren/contracts';
import { Alert, App, Button, Drawer, Flex, Form, Grid, Input, Select } from 'antd';
import {
  DeadlinePicker,
  type DeadlineValue,
  deadlineInput,
  deadlineRequired,
} from '../../../components/deadline-picker';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { blankToNull } from '../../../lib/form-values';
import { useCreateRectificationItem } from '../api/create-rectification-item';
import { useUpdateRectificationItem } from '../api/update-rectification-item';
import { CONDUCT_TYPES, type Conduct, type RectificationItem, type RectificationSource } from '../types';

interface Values {
  unitId: string;
  problem: string;
  domainId?: string | null;
  conduct?: Conduct | null;
  measures?: string;
  responsiblePerson?: string;
  dueDate: DeadlineValue;
}

/** A record the new item comes from (a supervision item, a suggestion), with what it fills in. */
export interface RectificationSourceDraft {
  source: Exclude<RectificationSource, 'self_inspection' | 'inspection_finding'>;
  sourceId: string;
  label: string;
  unitId: string;
  problem: string;
  domainId: string | null;
  dueDate: string | null;
}

export type RectificationFormTarget =
  | { mode: 'create'; from?: RectificationSourceDraft | undefined }
  | { mode: 'edit'; item: RectificationItem };

/**
 * Enters a problem into a unit's ledger, or edits one before its completion is claimed: the
 * problem, its domain and conduct type, the measures, the responsible person and the deadline (a
 * date, or N working days). An item from another record names it; its deadline is the source's.
 */
export function RectificationFormDrawer({
  campaign,
  target,
  onClose,
  onCreated,
}: {
  campaign: Campaign | null;
  target: RectificationFormTarget;
  onClose: () => void;
  onCreated?: (item: RectificationItem) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const create = useCreateRectificationItem();
  const update = useUpdateRectificationItem();
  const onError = useApiErrorHandler();
  const editing = target.mode === 'edit' ? target.item : null;
  const from = target.mode === 'create' ? target.from : undefined;
  // A deadline set by the item's source stays the source's.
  const deadlineFixed = editing !== null && editing.source !== 'self_inspection';

  const initialValues: Partial<Values> = editing
    ? {
        unitId: editing.unitId,
        problem: editing.problem,
        domainId: editing.domainId,
        conduct: editing.conduct,
        measures: editing.measures ?? undefined,
        responsiblePerson: editing.responsiblePerson ?? undefined,
        dueDate: { date: editing.dueDate, workingDays: null },
      }
    : {
        unitId: from?.unitId,
        problem: from?.problem,
        domainId: from?.domainId ?? null,
        conduct: null,
        dueDate: { date: from?.dueDate ?? null, workingDays: null },
      };

  const onFinish = (values: Values) => {
    const fields = {
      problem: values.problem.trim(),
      domainId: values.domainId ?? null,
      conduct: values.conduct ?? null,
      measures: blankToNull(values.measures),
      responsiblePerson: blankToNull(values.responsiblePerson),
    };
    const handlers = { onError: (error: unknown) => onError(error, form) };
    if (editing) {
      // An unchanged date is not sent: sending it would drop a deadline counted in working days.
      const due = values.dueDate;
      const deadline =
        !deadlineFixed && (due.workingDays !== null || due.date !== editing.dueDate)
          ? deadlineInput(due)
          : {};
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
          ...(campaign ? { campaignId: campaign.id } : {}),
          unitId: values.unitId,
          ...(from
            ? { source: from.source, sourceId: from.sourceId }
            : { source: 'self_inspection' as const }),
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

  return (
    <Drawer
      open
      title={
        editing
          ? t.rectification.editTitle
          : from
            ? t.rectification.createFromSource
            : t.rectification.createTitle
      }
      size={screens.sm === false ? '100%' : 600}
      onClose={onClose}
      data-testid="rectification-form-drawer"
      extra={
        <Flex gap="small">
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button
            type="primary"
            loading={create.isPending || update.isPending}
            onClick={() => form.submit()}
            data-testid="rectification-form-submit"
          >
            {t.common.save}
          </Button>
        </Flex>
      }
    >
      {from && (
        <Alert
          type="info"
          showIcon
          className="toolbar"
          title={`${t.rectificationSource[from.source]} ${from.label}`}
          data-testid="rectification-form-source"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        name="rectification-item"
        initialValues={initialValues}
        onFinish={onFinish}
        data-testid="rectification-form"
      >
        <Form.Item
          name="unitId"
          label={t.rectification.unit}
          rules={[{ required: true, message: t.common.required }]}
        >
          <UnitTreeSelect
            disabled={editing !== null || from !== undefined}
            data-testid="rectification-form-unit"
          />
        </Form.Item>
        <Form.Item
          name="problem"
          label={t.rectification.problem}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={2000}
            placeholder={t.rectification.problemPlaceholder}
            data-testid="rectification-form-problem"
          />
        </Form.Item>
        <Form.Item name="domainId" label={t.rectification.domain}>
          <Select
            allowClear
            options={(campaign?.domains ?? []).map((domain) => ({ value: domain.id, label: domain.title }))}
            data-testid="rectification-form-domain"
          />
        </Form.Item>
        <Form.Item name="conduct" label={t.rectification.conduct}>
          <Select
            allowClear
            options={CONDUCT_TYPES.map((conduct) => ({
              value: conduct,
              label: t.conduct[conduct],
            }))}
            data-testid="rectification-form-conduct"
          />
        </Form.Item>
        <Form.Item name="measures" label={t.rectification.measures}>
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={4000}
            data-testid="rectification-form-measures"
          />
        </Form.Item>
        <Form.Item name="responsiblePerson" label={t.rectification.responsiblePerson}>
          <Input
            maxLength={100}
            placeholder={t.rectification.responsiblePersonPlaceholder}
            data-testid="rectification-form-person"
          />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={t.rectification.dueDate}
          required
          rules={[deadlineRequired(t.common.required)]}
          extra={deadlineFixed ? t.rectification.deadlineOfSource : undefined}
        >
          {deadlineFixed ? (
            <Input disabled value={editing?.dueDate} data-testid="rectification-form-due-fixed" />
          ) : (
            <DeadlinePicker data-testid="rectification-form-due" />
          )}
        </Form.Item>
      </Form>
    </Drawer>
  );
}
