import { Alert, App, Descriptions, Form, Input, Modal } from 'antd';
import { DeadlinePicker, type DeadlineValue, deadlineRequired } from '../../../components/deadline-picker';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useRequestExtension } from '../api/request-extension';
import type { KeyTask } from '../types';

interface Values {
  dueDate: DeadlineValue;
  reason: string;
}

/**
 * 申请延期: the responsible unit asks the unit that set the task for a later deadline — a date,
 * or N working days after the current one — with its reason.
 */
export function ExtensionRequestModal({ task, onClose }: { task: KeyTask; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const request = useRequestExtension();
  const onError = useApiErrorHandler();

  return (
    <Modal
      open
      title={`${t.extension.requestTitle} · ${task.title}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.submit}
      cancelText={t.common.cancel}
      confirmLoading={request.isPending}
      okButtonProps={testId('extension-submit')}
      width={600}
      data-testid="extension-request-modal"
    >
      <Alert
        type="info"
        showIcon
        className="toolbar"
        title={format(t.extension.requestHint, { unit: task.setByUnitName })}
      />
      <Descriptions
        size="small"
        column={1}
        className="toolbar"
        items={[
          { key: 'setBy', label: t.keyTask.setBy, children: task.setByUnitName },
          { key: 'current', label: t.extension.currentDueDate, children: task.dueDate },
        ]}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        name="key-task-extension"
        initialValues={{ dueDate: { date: null, workingDays: null } }}
        onFinish={(values) =>
          request.mutate(
            {
              id: task.id,
              ...(values.dueDate.workingDays !== null
                ? { workingDays: values.dueDate.workingDays }
                : { dueDate: values.dueDate.date! }),
              reason: values.reason.trim(),
            },
            {
              onSuccess: () => {
                message.success(format(t.extension.requested, { unit: task.setByUnitName }));
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
                !value?.date || value.date > task.dueDate
                  ? Promise.resolve()
                  : Promise.reject(new Error(format(t.deadline.notLater, { date: task.dueDate }))),
            },
          ]}
        >
          <DeadlinePicker from={task.dueDate} data-testid="extension-due" />
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
