import { EyeOutlined, KeyOutlined, PrinterOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Empty,
  Flex,
  Form,
  InputNumber,
  Modal,
  Select,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ListTable } from '../../../components/list-table';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { testId } from '../../../lib/form-values';
import { formatCount } from '../../../lib/format';
import { useIssueEvaluationTokens } from '../api/issue-evaluation-tokens';
import { useEvaluationTokens } from '../api/list-evaluation-tokens';
import { tokenPrintHref } from '../module';
import { groupName, tokenGroups } from '../round-config';
import type { EvaluationRound, EvaluationToken, EvaluatorGroup } from '../types';
import { EvaluatorAccountSelect } from './evaluator-account-select';
import { useEvaluationErrorHandler } from './use-evaluation-error';

interface IssueValues {
  group: EvaluatorGroup;
  count?: number | null;
  accountIds?: string[];
}

/** 发放凭证: to one token group, a number of anonymous tokens and/or one per evaluator account. */
function IssueModal({ round, onClose }: { round: EvaluationRound; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<IssueValues>();
  const issue = useIssueEvaluationTokens();
  const onError = useEvaluationErrorHandler();
  const groups = tokenGroups(round);
  return (
    <Modal
      open
      title={t.evaluationTokens.issueTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.evaluationTokens.issue}
      cancelText={t.common.cancel}
      confirmLoading={issue.isPending}
      okButtonProps={testId('token-issue-submit')}
      data-testid="token-issue-modal"
    >
      <Form<IssueValues>
        form={form}
        layout="vertical"
        name="token-issue"
        initialValues={{ group: groups[0]?.group, count: 0, accountIds: [] }}
        onFinish={(values) => {
          const count = values.count ?? 0;
          const accountIds = values.accountIds ?? [];
          if (count === 0 && accountIds.length === 0) {
            form.setFields([{ name: 'count', errors: [t.evaluationTokens.nothingToIssue] }]);
            return;
          }
          issue.mutate(
            { id: round.id, body: { group: values.group, count, accountIds } },
            {
              onSuccess: (items) => {
                message.success(format(t.evaluationTokens.issued, { count: items.length }));
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          );
        }}
      >
        <Form.Item
          name="group"
          label={t.evaluationTokens.group}
          rules={[{ required: true, message: t.common.required }]}
        >
          <Select
            options={groups.map((g) => ({ value: g.group, label: g.name }))}
            data-testid="token-issue-group"
          />
        </Form.Item>
        <Form.Item name="count" label={t.evaluationTokens.count} extra={t.evaluationTokens.countHint}>
          <InputNumber
            min={0}
            max={500}
            precision={0}
            style={{ width: 160 }}
            data-testid="token-issue-count"
          />
        </Form.Item>
        <Form.Item
          name="accountIds"
          label={t.evaluationTokens.accounts}
          extra={t.evaluationTokens.accountsHint}
        >
          <EvaluatorAccountSelect data-testid="token-issue-accounts" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 评议凭证: issuing tokens to the groups that vote with them, the tokens (shown on request: each
 * view is audited) and the way to the printable list.
 */
export function TokensTab({ round }: { round: EvaluationRound }) {
  const t = useT();
  const locale = useLocale();
  const [issuing, setIssuing] = useState(false);
  const [shown, setShown] = useState(false);
  const tokens = useEvaluationTokens(round.id, shown);
  const groups = tokenGroups(round);
  // Tokens are issued while the round is prepared or open; afterwards they are only listed.
  const canIssue = round.status === 'draft' || round.status === 'open';

  if (groups.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.evaluationTokens.noTokenGroups} />;

  const columns: TableColumnsType<EvaluationToken> = [
    { key: 'label', title: t.evaluationTokens.label, dataIndex: 'label', minWidth: 120 },
    {
      key: 'group',
      title: t.evaluationTokens.group,
      render: (_, token) => groupName(round, token.group, t.evaluatorGroup),
    },
    {
      key: 'token',
      title: t.evaluationTokens.token,
      minWidth: 220,
      render: (_, token) => (
        <Typography.Text code copyable={{ text: token.token }} data-testid="token-value">
          {token.token}
        </Typography.Text>
      ),
    },
    { key: 'account', title: t.evaluationTokens.account, dataIndex: 'accountName' },
    {
      key: 'ballotsCast',
      title: t.evaluationTokens.ballotsCast,
      align: 'right',
      render: (_, token) => formatCount(token.ballotsCast, locale),
    },
  ];

  return (
    <Flex vertical gap="middle" data-testid="round-tokens">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t.evaluationTokens.intro}
      </Typography.Paragraph>
      <Flex gap="small" wrap>
        {canIssue && (
          <Button
            type="primary"
            icon={<KeyOutlined />}
            onClick={() => setIssuing(true)}
            data-testid="token-issue"
          >
            {t.evaluationTokens.issue}
          </Button>
        )}
        {!shown && (
          <Button icon={<EyeOutlined />} onClick={() => setShown(true)} data-testid="token-show">
            {t.evaluationTokens.show}
          </Button>
        )}
        <Button
          icon={<PrinterOutlined />}
          href={tokenPrintHref(round.id)}
          target="_blank"
          rel="noopener"
          data-testid="token-print"
        >
          {t.evaluationTokens.print}
        </Button>
      </Flex>
      <Typography.Text type="secondary">
        {format(t.common.labelValue, {
          label: t.evaluation.tokenCount,
          value: formatCount(round.tokenCount, locale),
        })}
        {' · '}
        {t.evaluationTokens.viewedAudited}
      </Typography.Text>
      {shown &&
        (tokens.isError ? (
          <Alert type="error" showIcon title={t.evaluationTokens.loadFailed} />
        ) : (
          <ListTable<EvaluationToken>
            cardTitle={t.evaluationTokens.list}
            columns={columns}
            dataSource={tokens.data ?? []}
            loading={tokens.isPending}
            locale={{ emptyText: t.evaluationTokens.none }}
            data-testid="token-table"
          />
        ))}
      {issuing && <IssueModal round={round} onClose={() => setIssuing(false)} />}
    </Flex>
  );
}
