import { App, Button, Card, Flex, Form, type FormInstance, Input, Radio, Typography } from 'antd';
import { useMemo } from 'react';
import { DeadlinePicker, type DeadlineValue, deadlineInput } from '../../../components/deadline-picker';
import { SearchSelect } from '../../../components/search-select';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { blankToNull, testId } from '../../../lib/form-values';
import { useLeadOptions } from '../api/list-leads';
import { useTriageLead } from '../api/triage-lead';
import { CASE_DISPOSALS, DISPOSALS, type Disposal, type LeadDetail } from '../types';

export interface TriageValues {
  disposal?: Disposal;
  handlingUnitId?: string;
  dueDate?: DeadlineValue | null;
  reason?: string;
  forwardedTo?: string;
  mergeIntoId?: string;
}

const opensCase = (disposal: Disposal | undefined) =>
  disposal !== undefined && (CASE_DISPOSALS as readonly string[]).includes(disposal);

/** Whether a disposal must state its reason (every way but acceptance and merging). */
const needsReason = (disposal: Disposal | undefined) =>
  disposal !== undefined && !opensCase(disposal) && disposal !== 'merged';

/**
 * 受理分流 of a lead waiting for triage: the disposal, and what it needs — the handling unit and
 * the verification deadline for the two that open a case, the competent body for a forward, the
 * lead a merge joins (Zeren's duplicates one click away), the reason for the others.
 */
export function TriagePanel({ detail, form }: { detail: LeadDetail; form: FormInstance<TriageValues> }) {
  const t = useT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const triage = useTriageLead();
  const lead = detail.lead;
  const disposal = Form.useWatch('disposal', form);
  const targets = useLeadOptions({}, disposal === 'merged');
  const options = useMemo(
    () =>
      targets.items
        .filter((other) => other.id !== lead.id && other.status !== 'merged')
        .map((other) => ({ value: other.id, label: `${other.code} ${other.summary}` })),
    [targets.items, lead.id],
  );
  const known = detail.duplicates.map((d) => ({ value: d.id, label: `${d.code} ${d.summary}` }));

  const onFinish = (values: TriageValues) => {
    const chosen = values.disposal!;
    const due = values.dueDate?.date ? deadlineInput(values.dueDate) : {};
    triage.mutate(
      {
        id: lead.id,
        disposal: chosen,
        reason: blankToNull(values.reason),
        ...(opensCase(chosen)
          ? { ...(values.handlingUnitId ? { handlingUnitId: values.handlingUnitId } : {}), ...due }
          : {}),
        ...(chosen === 'forwarded' ? { forwardedTo: blankToNull(values.forwardedTo) } : {}),
        ...(chosen === 'merged' && values.mergeIntoId ? { mergeIntoId: values.mergeIntoId } : {}),
      },
      {
        onSuccess: () => {
          message.success(format(t.triage.done, { disposal: t.disposal[chosen] }));
          form.resetFields();
        },
        onError: (error) => onError(error, form),
      },
    );
  };

  return (
    <Card size="small" title={t.triage.title} className="triage-panel" data-testid="triage-panel">
      <Typography.Paragraph type="secondary">{t.triage.hint}</Typography.Paragraph>
      <Form<TriageValues>
        form={form}
        layout="vertical"
        name="triage"
        initialValues={{ handlingUnitId: lead.unitId }}
        onFinish={onFinish}
      >
        <Form.Item
          name="disposal"
          label={t.triage.disposal}
          rules={[{ required: true, message: t.common.required }]}
        >
          <Radio.Group className="triage-disposals" data-testid="triage-disposal">
            {DISPOSALS.map((value) => (
              <Radio.Button key={value} value={value} data-testid={`triage-disposal-${value}`}>
                {t.disposal[value]}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {opensCase(disposal) && (
          <>
            <Form.Item name="handlingUnitId" label={t.triage.handlingUnit} extra={t.triage.handlingUnitHint}>
              <UnitTreeSelect data-testid="triage-handling-unit" />
            </Form.Item>
            <Form.Item name="dueDate" label={t.triage.dueDate} extra={t.triage.dueDateHint}>
              <DeadlinePicker data-testid="triage-due" />
            </Form.Item>
          </>
        )}
        {disposal === 'forwarded' && (
          <Form.Item
            name="forwardedTo"
            label={t.triage.forwardedTo}
            rules={[{ required: true, whitespace: true, message: t.common.required }]}
          >
            <Input
              maxLength={200}
              placeholder={t.triage.forwardedToPlaceholder}
              data-testid="triage-forwarded-to"
            />
          </Form.Item>
        )}
        {disposal === 'merged' && (
          <Form.Item
            name="mergeIntoId"
            label={t.triage.mergeInto}
            rules={[{ required: true, message: t.common.required }]}
          >
            <SearchSelect<string>
              list={targets}
              options={options}
              known={known}
              placeholder={t.triage.mergeIntoPlaceholder}
              data-testid="triage-merge-into"
            />
          </Form.Item>
        )}
        {disposal && (
          <Form.Item
            name="reason"
            label={t.triage.reason}
            rules={
              needsReason(disposal) ? [{ required: true, whitespace: true, message: t.common.required }] : []
            }
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              maxLength={1000}
              placeholder={t.triage.reasonPlaceholder}
              data-testid="triage-reason"
            />
          </Form.Item>
        )}
        <Flex justify="end">
          <Button
            type="primary"
            htmlType="submit"
            loading={triage.isPending}
            disabled={!disposal}
            {...testId('triage-submit')}
          >
            {t.triage.submit}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
