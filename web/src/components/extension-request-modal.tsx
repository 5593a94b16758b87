import { Alert, App, Descriptions, Form, Input, Modal } from 'antd';
import { format } from '../i18n/catalogs';
import { useLocale, useT } from '../i18n/use-t';
import type { ExtensionRequestInput } from '../lib/extensions';
import { useApiErrorHandler } from '../lib/form-errors';
import { testId } from '../lib/form-values';
import { formatDate } from '../lib/format';
import type { MutationOf } from '../lib/mutation';
import { DeadlinePicker, type DeadlineValue, deadlineRequired } from './deadline-picker';

interface Values {
  dueDate: DeadlineValue;
  reason: string;
}

interface ExtensionRequestModalProps {
  /** The record whose deadline it is. */
  subject: { id: string; title: string; dueDate: string };
  /** The unit that decides (the one that set the deadline), and how the record names it (下达单位, 交办单位). */
  decider: { label: string; unitName: string };
  /** One line on who decides and what follows. */
  hint: string;
  /** The feature's request mutation. */
  request: MutationOf<ExtensionRequestInput>;
  onClose: () => void;
}

/**
 * 申请延期: the responsible unit asks the unit that set the deadline for a later one — a date, or
 * N working days after the current one — with its reason.
 */
export function ExtensionRequestModal({
  subject,
  decider,
  hint,
  request,
  onClose,
}: ExtensionRequestModalProps) {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();

  return (
    <Modal
      open
      title={`${t.extension.requestTitle} · ${subject.title}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.submit}
      cancelText={t.common.cancel}
      confirmLoading={request.isPending}
      okButtonProps={testId('extension-submit')}
      width={600}
      data-testid="extension-request-modal"
    >
      <Alert type="info" showIcon className="toolbar" title={hint} />
      <Descriptions
        size="small"
        column={1}
        className="toolbar"
        items={[
          { key: 'decider', label: decider.label, children: decider.unitName },
          {
            key: 'current',
            label: t.extension.currentDueDate,
            children: formatDate(subject.dueDate, locale),
          },
        ]}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        name="extension-request"
        initialValues={{ dueDate: { date: null, workingDays: null } }}
        onFinish={(values) =>
          request.mutate(
            {
              id: subject.id,
              ...(values.dueDate.workingDays !== null
                ? { workingDays: values.dueDate.workingDays }
                : { dueDate: values.dueDate.date! }),
              reason: values.reason.trim(),
            },
            {
              onSuccess: () => {
                message.success(format(t.extension.requested, { unit: decider.unitName }));
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="dueDate"
          label={t.extension.newDeadline}
          required
          rules={[
            deadlineRequired(t.common.required),
            {
              validator: (_, value: DeadlineValue | undefined) =>
                !value?.date || value.date > subject.dueDate
                  ? Promise.resolve()
                  : Promise.reject(new Error(format(t.deadline.notLater, { date: subject.dueDate }))),
            },
          ]}
        >
          <DeadlinePicker from={subject.dueDate} data-testid="extension-due" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t.extension.reason}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={1000}
            placeholder={t.extension.reasonPlaceholder}
            data-testid="extension-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
