import type { Campaign } from '@zeren/contracts';
import {
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  Radio,
  Result,
  Select,
  Typography,
} from 'antd';
import { Details } from '../../../components/details';
import { PageSpinner } from '../../../components/page-spinner';
import { RecordHistory } from '../../../components/record-history';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { dateFieldProps } from '../../../lib/date-field';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useCan } from '../../../lib/use-can';
import { useCreateSpotCheckFinding } from '../api/create-spot-check-finding';
import { useSpotCheckTarget } from '../api/get-spot-check-target';
import { useRecordSpotCheckResult } from '../api/record-spot-check-result';
import {
  CONDUCT_TYPES,
  type Conduct,
  SPOT_CHECK_OUTCOMES,
  SPOT_CHECK_SEVERITIES,
  type SpotCheckOutcome,
  type SpotCheckSeverity,
  type SpotCheckTarget,
} from '../types';
import { useDrawerSize } from './drawer-size';
import { FindingsTable } from './findings-table';
import { SpotCheckOutcomeTag, SpotCheckStatusTag } from './spot-check-status-tag';

interface ResultValues {
  outcome: SpotCheckOutcome;
  resultSummary: string;
  checkedOn: string;
}

interface FindingValues {
  problem: string;
  conduct: Conduct;
  severity: SpotCheckSeverity;
  domainId?: string | null;
}

/** An inspector's result form (检查结果): the outcome, what was found, the day. */
function ResultForm({ target }: { target: SpotCheckTarget }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResultValues>();
  const record = useRecordSpotCheckResult();
  const onError = useApiErrorHandler();
  return (
    <Form<ResultValues>
      form={form}
      layout="vertical"
      name="spot-check-result"
      initialValues={{
        outcome: target.outcome ?? undefined,
        resultSummary: target.resultSummary ?? undefined,
        checkedOn: target.checkedOn ?? undefined,
      }}
      onFinish={(values) =>
        record.mutate(
          { id: target.id, ...values, resultSummary: values.resultSummary.trim() },
          { onSuccess: () => message.success(t.common.saved), onError: (error) => onError(error, form) },
        )
      }
    >
      <Form.Item
        name="outcome"
        label={t.spotCheck.outcome}
        rules={[{ required: true, message: t.common.required }]}
      >
        <Radio.Group
          options={SPOT_CHECK_OUTCOMES.map((value) => ({ value, label: t.spotCheckOutcome[value] }))}
          data-testid="spot-check-result-outcome"
        />
      </Form.Item>
      <Form.Item
        name="resultSummary"
        label={t.spotCheck.resultSummary}
        rules={[{ required: true, whitespace: true, message: t.common.required }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={4000}
          data-testid="spot-check-result-summary"
        />
      </Form.Item>
      <Form.Item
        name="checkedOn"
        label={t.spotCheck.checkedOn}
        rules={[{ required: true, message: t.common.required }]}
        {...dateFieldProps}
      >
        <DatePicker data-testid="spot-check-result-date" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={record.isPending}
        data-testid="spot-check-result-submit"
      >
        {t.common.save}
      </Button>
    </Form>
  );
}

/** An inspector's finding form (发现的问题): the problem, its conduct type, severity and domain. */
function FindingForm({ target, campaign }: { target: SpotCheckTarget; campaign: Campaign | null }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<FindingValues>();
  const create = useCreateSpotCheckFinding();
  const onError = useApiErrorHandler();
  return (
    <Form<FindingValues>
      form={form}
      layout="vertical"
      name="spot-check-finding"
      initialValues={{ severity: 'minor' }}
      onFinish={(values) =>
        create.mutate(
          {
            targetId: target.id,
            ...values,
            problem: values.problem.trim(),
            domainId: values.domainId ?? null,
          },
          {
            onSuccess: () => {
              message.success(t.common.saved);
              form.resetFields();
            },
            onError: (error) => onError(error, form),
          },
        )
      }
    >
      <Form.Item
        name="problem"
        label={t.spotCheck.problem}
        rules={[{ required: true, whitespace: true, message: t.common.required }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={2000}
          data-testid="spot-check-finding-problem"
        />
      </Form.Item>
      <Flex gap="middle" wrap>
        <Form.Item
          name="conduct"
          label={t.spotCheck.conduct}
          rules={[{ required: true, message: t.common.required }]}
        >
          <Select
            style={{ minWidth: 140 }}
            options={CONDUCT_TYPES.map((value) => ({ value, label: t.conduct[value] }))}
            data-testid="spot-check-finding-conduct"
          />
        </Form.Item>
        <Form.Item name="severity" label={t.spotCheck.severity} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={SPOT_CHECK_SEVERITIES.map((value) => ({ value, label: t.spotCheckSeverity[value] }))}
          />
        </Form.Item>
      </Flex>
      {campaign && (
        <Form.Item name="domainId" label={t.spotCheck.domain}>
          <Select allowClear options={campaign.domains.map((d) => ({ value: d.id, label: d.title }))} />
        </Form.Item>
      )}
      <Button htmlType="submit" loading={create.isPending} data-testid="spot-check-finding-submit">
        {t.spotCheck.addFinding}
      </Button>
    </Form>
  );
}

/**
 * One drawn target: the unit, its plan, the inspectors drawn, the check items; for its inspectors
 * while the plan is in progress the result and finding forms; the findings (the organiser
 * disposes of them) and the record's history.
 */
export function TargetDrawer({
  id,
  campaign,
  onClose,
}: {
  id: string;
  campaign: Campaign | null;
  onClose: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const size = useDrawerSize();
  const detail = useSpotCheckTarget(id);
  const target = detail.data?.target;
  // The result and finding forms are for the inspectors drawn, with the inspect permission.
  const inspecting =
    target?.assignedToCaller === true && target.planStatus === 'in_progress' && can('spotCheck.inspect');
  return (
    <Drawer
      open
      size={size}
      title={target?.unitName ?? t.spotCheck.target}
      onClose={onClose}
      data-testid="spot-check-target-drawer"
    >
      {detail.isError ? (
        <Result status="404" title={t.common.notFound} />
      ) : !detail.data || !target ? (
        <PageSpinner />
      ) : (
        <Flex vertical gap={16}>
          <Details
            column={1}
            bordered
            items={[
              { key: 'plan', label: t.spotCheck.plan, children: `${target.planCode} ${target.planTitle}` },
              {
                key: 'status',
                label: t.spotCheck.status,
                children: <SpotCheckStatusTag status={target.planStatus} />,
              },
              { key: 'organiser', label: t.spotCheck.organiser, children: target.organizerUnitName },
              { key: 'kind', label: t.spotCheck.kind, children: t.spotCheckKind[target.planKind] },
              {
                key: 'inspectors',
                label: t.spotCheck.inspectors,
                children: target.inspectors
                  .map((i) => format(t.common.withNote, { text: i.name, note: i.unitName }))
                  .join(t.history.listSeparator),
              },
              {
                key: 'items',
                label: t.spotCheck.checkItems,
                children: detail.data.checkItems
                  .map((i) => `${i.code} ${i.title}`)
                  .join(t.history.listSeparator),
              },
              {
                key: 'outcome',
                label: t.spotCheck.outcome,
                children: <SpotCheckOutcomeTag outcome={target.outcome} />,
              },
              { key: 'summary', label: t.spotCheck.resultSummary, children: target.resultSummary },
              {
                key: 'checkedOn',
                label: t.spotCheck.checkedOn,
                children: formatDate(target.checkedOn, locale),
              },
            ]}
          />
          {inspecting ? (
            <Card size="small" title={t.spotCheck.recordTitle}>
              <ResultForm target={target} />
            </Card>
          ) : (
            target.planStatus === 'in_progress' &&
            can('spotCheck.inspect') && (
              <Typography.Text type="secondary">{t.spotCheck.notAssigned}</Typography.Text>
            )
          )}
          <Card size="small" title={t.spotCheck.findings}>
            <FindingsTable
              findings={detail.data.findings}
              canDispose={can('spotCheck.manage')}
              showUnit={false}
            />
            {inspecting && (
              <div style={{ marginTop: 16 }}>
                <FindingForm target={target} campaign={campaign} />
              </div>
            )}
          </Card>
          <Card size="small" title={t.history.tab}>
            <RecordHistory recordType="spot_check_target" id={target.id} />
          </Card>
        </Flex>
      )}
    </Drawer>
  );
}
