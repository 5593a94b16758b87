import { App, Button, Card, Flex, Form, Input, Radio } from 'antd';
import { Details } from '../../../components/details';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { blankToNull } from '../../../lib/form-values';
import { useUpdateCaseVerification } from '../api/update-case-verification';
import { type AccountabilityCase, VERIFICATION_CONCLUSIONS, type VerificationConclusion } from '../types';

interface Values {
  interviews?: string;
  findings?: string;
  conclusion?: VerificationConclusion | null;
}

/** 核查情况: interviews, findings and the conclusion (属实 / 部分属实 / 不属实); editable while verifying. */
export function VerificationCard({ item, editable }: { item: AccountabilityCase; editable: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateCaseVerification();
  const onError = useApiErrorHandler();
  if (!editable)
    return (
      <Card size="small" title={t.case.verification} data-testid="case-verification">
        <Details
          column={1}
          bordered
          items={[
            {
              key: 'interviews',
              label: t.case.interviews,
              children: item.interviews && <span className="pre-wrap">{item.interviews}</span>,
            },
            {
              key: 'findings',
              label: t.case.findings,
              children: item.findings && <span className="pre-wrap">{item.findings}</span>,
            },
            {
              key: 'conclusion',
              label: t.case.conclusion,
              children: item.conclusion ? (
                <span data-testid="case-conclusion">{t.conclusion[item.conclusion]}</span>
              ) : null,
            },
          ]}
        />
      </Card>
    );
  return (
    <Card size="small" title={t.case.verification} data-testid="case-verification">
      <Form<Values>
        form={form}
        layout="vertical"
        name="verification"
        initialValues={{
          interviews: item.interviews ?? undefined,
          findings: item.findings ?? undefined,
          conclusion: item.conclusion,
        }}
        onFinish={(values) =>
          update.mutate(
            {
              id: item.id,
              interviews: blankToNull(values.interviews),
              findings: blankToNull(values.findings),
              conclusion: values.conclusion ?? null,
            },
            {
              onSuccess: () => message.success(t.case.verificationSaved),
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item name="interviews" label={t.case.interviews}>
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 12 }}
            maxLength={8000}
            placeholder={t.case.interviewsPlaceholder}
            data-testid="case-interviews"
          />
        </Form.Item>
        <Form.Item name="findings" label={t.case.findings}>
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 12 }}
            maxLength={8000}
            placeholder={t.case.findingsPlaceholder}
            data-testid="case-findings"
          />
        </Form.Item>
        <Form.Item name="conclusion" label={t.case.conclusion}>
          <Radio.Group data-testid="case-conclusion-input">
            {VERIFICATION_CONCLUSIONS.map((value) => (
              <Radio.Button key={value} value={value} data-testid={`case-conclusion-${value}`}>
                {t.conclusion[value]}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Flex justify="end">
          <Button
            type="primary"
            htmlType="submit"
            loading={update.isPending}
            data-testid="case-verification-save"
          >
            {t.common.save}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
