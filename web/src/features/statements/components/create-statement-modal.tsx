import { App, Form, Input, Modal, Typography } from 'antd';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useMe } from '../../../lib/get-me';
import { useCreateStatement } from '../api/save-statement';
import { type DutyStatement, STATEMENT_TEXT_LIMITS } from '../types';

interface Values {
  unitId: string;
  title: string;
}

/**
 * 起草述责报告: the unit (one of the caller's scope; the caller's own by default) and the title.
 * The body and the commitments are written on the statement's page, which opens next.
 */
export function CreateStatementModal({
  unitId,
  onClose,
  onCreated,
}: {
  /** The unit the list is filtered on, if any. */
  unitId?: string | undefined;
  onClose: () => void;
  onCreated: (statement: DutyStatement) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const create = useCreateStatement();
  const onError = useApiErrorHandler();
  return (
    <Modal
      open
      title={t.statements.createTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.create}
      cancelText={t.common.cancel}
      confirmLoading={create.isPending}
      okButtonProps={testId('statement-create-submit')}
      data-testid="statement-create-modal"
    >
      <Typography.Paragraph type="secondary">{t.statements.createHint}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name="statement-create"
        initialValues={{ unitId: unitId ?? me.data?.unit.id }}
        onFinish={(values) =>
          create.mutate(
            { unitId: values.unitId, title: values.title.trim() },
            {
              onSuccess: (statement) => {
                message.success(t.statements.created);
                onClose();
                onCreated(statement);
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="unitId"
          label={t.statements.unit}
          rules={[{ required: true, message: t.common.required }]}
        >
          <UnitTreeSelect data-testid="statement-create-unit" />
        </Form.Item>
        <Form.Item
          name="title"
          label={t.statements.title}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input maxLength={STATEMENT_TEXT_LIMITS.title} data-testid="statement-create-title" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
