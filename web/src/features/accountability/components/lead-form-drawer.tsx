import { UploadOutlined } from '@ant-design/icons';
import type { Campaign } from '@zeren/contracts';
import { Alert, App, Button, DatePicker, Drawer, Flex, Form, Grid, Input, Select, Upload } from 'antd';
import type { UploadFile } from 'antd/es/upload/interface';
import dayjs, { type Dayjs } from 'dayjs';
import { todayInBeijing } from '../../../components/deadline-picker';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { blankToNull } from '../../../lib/form-values';
import { useCreateLead } from '../api/create-lead';
import { useUpdateLead } from '../api/update-lead';
import { CONDUCT_TYPES, type Conduct, LEAD_ENTERED_SOURCES, type Lead, type LeadSource } from '../types';
import { PersonsSelect } from './person-select';

interface Values {
  source: LeadSource;
  sourceRef?: string;
  summary: string;
  details: string;
  concernedUnitIds?: string[];
  concernedPersonIds?: string[];
  domainId?: string | null;
  conduct?: Conduct | null;
  receivedOn: Dayjs;
  files?: UploadFile[];
}

/**
 * 登记问题线索: a lead from a non-public source (上级交办, 领导批示, 媒体曝光, 督促检查, 其他) with its
 * reference, what it reports, the units and officials concerned, domain, conduct type, the day it
 * was received and attachments. Its deadline follows from the source (the settings). Given a
 * `lead`, corrects it before triage instead: its source, day of receipt and attachments stay.
 */
export function LeadFormDrawer({
  campaign,
  leadUnitId,
  lead,
  onClose,
  onCreated,
}: {
  campaign: Campaign | null;
  /** The unit new leads go to (the settings'), whose files the attachments are. */
  leadUnitId: string | undefined;
  /** The lead to correct (status received). */
  lead?: Lead;
  onClose: () => void;
  onCreated?: (lead: Lead) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const create = useCreateLead();
  const update = useUpdateLead();
  const onError = useApiErrorHandler();
  const today = todayInBeijing();

  const onFinish = (values: Values) => {
    if (lead) {
      update.mutate(
        {
          id: lead.id,
          sourceRef: blankToNull(values.sourceRef),
          summary: values.summary.trim(),
          details: values.details.trim(),
          concernedUnitIds: values.concernedUnitIds ?? [],
          concernedPersonIds: values.concernedPersonIds ?? [],
          domainId: values.domainId ?? null,
          conduct: values.conduct ?? null,
        },
        {
          onSuccess: (saved) => {
            message.success(t.lead.updated);
            onClose();
            onCreated?.(saved);
          },
          onError: (error) => onError(error, form),
        },
      );
      return;
    }
    create.mutate(
      {
        ...(campaign ? { campaignId: campaign.id } : {}),
        source: values.source as (typeof LEAD_ENTERED_SOURCES)[number],
        sourceRef: blankToNull(values.sourceRef),
        summary: values.summary.trim(),
        details: values.details.trim(),
        concernedUnitIds: values.concernedUnitIds ?? [],
        concernedPersonIds: values.concernedPersonIds ?? [],
        domainId: values.domainId ?? null,
        conduct: values.conduct ?? null,
        receivedOn: values.receivedOn.format('YYYY-MM-DD'),
        files: (values.files ?? []).flatMap((file) => (file.originFileObj ? [file.originFileObj] : [])),
        fileUnitId: leadUnitId ?? campaign?.unitId,
      },
      {
        onSuccess: (lead) => {
          message.success(t.lead.created);
          onClose();
          onCreated?.(lead);
        },
        onError: (error) => onError(error, form),
      },
    );
  };

  return (
    <Drawer
      open
      title={lead ? t.lead.editTitle : t.lead.createTitle}
      size={screens.sm === false ? '100%' : 640}
      onClose={onClose}
      data-testid="lead-form-drawer"
      extra={
        <Flex gap="small">
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button
            type="primary"
            loading={create.isPending || update.isPending}
            onClick={() => form.submit()}
            data-testid="lead-form-submit"
          >
            {t.common.save}
          </Button>
        </Flex>
      }
    >
      {!lead && <Alert type="info" showIcon className="toolbar" title={t.lead.deadlinesOfSource} />}
      <Form<Values>
        form={form}
        layout="vertical"
        name="lead"
        initialValues={
          lead
            ? {
                source: lead.source,
                sourceRef: lead.sourceRef ?? undefined,
                summary: lead.summary,
                details: lead.details,
                concernedUnitIds: lead.concernedUnits.map((u) => u.id),
                concernedPersonIds: lead.concernedPersons.map((p) => p.id),
                domainId: lead.domainId,
                conduct: lead.conduct,
                receivedOn: dayjs(lead.receivedOn),
              }
            : { source: 'superior_assignment', receivedOn: dayjs(today), conduct: null }
        }
        onFinish={onFinish}
        data-testid="lead-form"
      >
        <Form.Item
          name="source"
          label={t.lead.source}
          rules={[{ required: true, message: t.common.required }]}
        >
          <Select
            disabled={lead !== undefined}
            options={(lead ? [lead.source] : LEAD_ENTERED_SOURCES).map((source) => ({
              value: source,
              label: t.leadSource[source],
            }))}
            data-testid="lead-form-source"
          />
        </Form.Item>
        <Form.Item name="sourceRef" label={t.lead.sourceRef}>
          <Input
            maxLength={200}
            placeholder={t.lead.sourceRefPlaceholder}
            data-testid="lead-form-source-ref"
          />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t.lead.summary}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input maxLength={200} placeholder={t.lead.summaryPlaceholder} data-testid="lead-form-summary" />
        </Form.Item>
        <Form.Item
          name="details"
          label={t.lead.details}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 12 }}
            maxLength={8000}
            placeholder={t.lead.detailsPlaceholder}
            data-testid="lead-form-details"
          />
        </Form.Item>
        <Form.Item
          name="concernedUnitIds"
          label={t.lead.concernedUnits}
          extra={t.lead.concernedHint}
          dependencies={['concernedPersonIds']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string[] | undefined) =>
                (value?.length ?? 0) + (getFieldValue('concernedPersonIds')?.length ?? 0) > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.lead.concernedHint)),
            }),
          ]}
        >
          <UnitTreeSelect multiple allowClear data-testid="lead-form-units" />
        </Form.Item>
        <Form.Item name="concernedPersonIds" label={t.lead.concernedPersons}>
          <PersonsSelect<string[]>
            mode="multiple"
            known={(lead?.concernedPersons ?? []).map((p) => ({
              value: p.id,
              label: `${p.name} · ${p.unitName}`,
            }))}
            data-testid="lead-form-persons"
          />
        </Form.Item>
        <Flex gap="middle" wrap>
          <Form.Item name="domainId" label={t.lead.domain} style={{ flex: '1 1 200px' }}>
            <Select
              allowClear
              options={(campaign?.domains ?? []).map((domain) => ({ value: domain.id, label: domain.title }))}
              data-testid="lead-form-domain"
            />
          </Form.Item>
          <Form.Item name="conduct" label={t.lead.conduct} style={{ flex: '1 1 160px' }}>
            <Select
              allowClear
              options={CONDUCT_TYPES.map((conduct) => ({ value: conduct, label: t.conduct[conduct] }))}
              data-testid="lead-form-conduct"
            />
          </Form.Item>
          <Form.Item
            name="receivedOn"
            label={t.lead.receivedOn}
            rules={[{ required: true, message: t.common.required }]}
            style={{ flex: '1 1 160px' }}
          >
            <DatePicker
              disabled={lead !== undefined}
              style={{ width: '100%' }}
              disabledDate={(day) => day.format('YYYY-MM-DD') > today}
              data-testid="lead-form-received"
            />
          </Form.Item>
        </Flex>
        <Form.Item
          hidden={lead !== undefined}
          name="files"
          label={t.lead.attachments}
          extra={t.lead.attachmentsHint}
          valuePropName="fileList"
          getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList}
        >
          <Upload multiple beforeUpload={() => false}>
            <Button icon={<UploadOutlined />} data-testid="lead-form-files">
              {t.lead.addAttachments}
            </Button>
          </Upload>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
