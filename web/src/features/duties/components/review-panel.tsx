import { App, Button, Card, Flex, Form, Input, Popconfirm, Typography } from 'antd';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { formatDateTime } from '../../../lib/format';
import { useDutyItemAction } from '../api/run-duty-item-action';
import type { DutyItem, DutyItemAction } from '../types';
import { VersionDiff } from './version-diff';

/**
 * 审核: who submitted the version and when, what it changes against the published one, and the
 * reviewer's decision — approve (and publish) with an optional opinion, or return with the
 * opinion as the required reason. `actions` are the reviewer's actions the workflow allows.
 */
export function ReviewPanel({ item, actions }: { item: DutyItem; actions: readonly DutyItemAction[] }) {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ opinion?: string }>();
  const transition = useDutyItemAction();
  const onError = useApiErrorHandler();
  const version = item.latest;
  const time = formatDateTime(version.submittedAt, locale);

  const approve = () =>
    transition.mutate(
      {
        id: item.id,
        action: 'approve',
        opinion: (form.getFieldValue('opinion') as string | undefined)?.trim(),
      },
      {
        onSuccess: () => {
          message.success(t.dutyItem.done.approved);
          form.resetFields();
        },
        onError: (error) => onError(error, form),
      },
    );

  const giveBack = async () => {
    const opinion = ((form.getFieldValue('opinion') as string | undefined) ?? '').trim();
    if (!opinion) {
      form.setFields([{ name: 'opinion', errors: [t.dutyReview.returnNeedsOpinion] }]);
      form.scrollToField('opinion');
      return;
    }
    transition.mutate(
      { id: item.id, action: 'return', reason: opinion },
      {
        onSuccess: () => {
          message.success(t.dutyItem.done.returned);
          form.resetFields();
        },
        // The server names the text `reason`: its complaint goes on the opinion field.
        onError: (error) => {
          const issues = error instanceof ApiError ? (error.problem.errors ?? []) : [];
          const onReason = issues.filter((issue) => issue.path === 'reason');
          if (onReason.length > 0)
            form.setFields([{ name: 'opinion', errors: onReason.map((issue) => issue.message) }]);
          else onError(error, form);
        },
      },
    );
  };

  return (
    <Card size="small" title={t.dutyReview.title} className="review-card" data-testid="duty-review">
      <Flex vertical gap="middle">
        <Typography.Text data-testid="duty-review-submitted">
          {version.submittedByName
            ? format(t.dutyReview.submittedBy, {
                name: version.submittedByName,
                time,
                version: version.version,
              })
            : format(t.dutyReview.submittedByUnknown, { time, version: version.version })}
        </Typography.Text>
        <VersionDiff item={item} />
        <Form form={form} layout="vertical" name="duty-review">
          <Form.Item name="opinion" label={t.dutyReview.opinion} extra={t.dutyReview.opinionHint}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              maxLength={1000}
              placeholder={t.dutyReview.opinionPlaceholder}
              onChange={() => form.setFields([{ name: 'opinion', errors: [] }])}
              data-testid="duty-approve-opinion"
            />
          </Form.Item>
        </Form>
        <Flex gap="small" wrap>
          {actions.includes('approve') && (
            <Popconfirm
              title={t.dutyItem.confirmApprove}
              okText={t.common.confirm}
              cancelText={t.common.cancel}
              okButtonProps={testId('duty-approve-confirm')}
              onConfirm={approve}
            >
              <Button type="primary" loading={transition.isPending} data-testid="duty-approve">
                {t.dutyItem.actions.approve}
              </Button>
            </Popconfirm>
          )}
          {actions.includes('return') && (
            <Button danger disabled={transition.isPending} onClick={giveBack} data-testid="duty-return">
              {t.dutyItem.actions.return}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
