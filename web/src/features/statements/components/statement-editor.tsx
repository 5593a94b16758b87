import { App, Button, Card, Flex, Form, Input } from 'antd';
import { format } from '../../../i18n/format';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { useUpdateStatement } from '../api/save-statement';
import { type DutyStatement, STATEMENT_TEXT_LIMITS } from '../types';
import { RichTextEditor } from './rich-text-editor';

interface Values {
  title: string;
  body: string;
}

/**
 * Edits a draft statement in place: its title and its body in the rich-text editor, drawn like
 * the document. The server sanitises the body when it saves it.
 */
export function StatementEditor({ statement, onDone }: { statement: DutyStatement; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateStatement();
  const onError = useApiErrorHandler();
  const max = STATEMENT_TEXT_LIMITS.body;
  return (
    <Card
      size="small"
      title={t.statements.editing}
      data-testid="statement-editor"
      extra={
        <Flex gap="small">
          <Button onClick={onDone} data-testid="statement-editor-cancel">
            {t.statements.discard}
          </Button>
          <Button
            type="primary"
            loading={update.isPending}
            onClick={() => form.submit()}
            data-testid="statement-editor-save"
          >
            {t.statements.save}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="statement"
        initialValues={{ title: statement.title, body: statement.body }}
        onFinish={(values) =>
          update.mutate(
            { id: statement.id, changes: { title: values.title.trim(), body: values.body ?? '' } },
            {
              onSuccess: () => {
                message.success(t.statements.saved);
                onDone();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item
          name="title"
          label={t.statements.title}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input maxLength={STATEMENT_TEXT_LIMITS.title} data-testid="statement-editor-title" />
        </Form.Item>
        <Form.Item
          name="body"
          label={t.statements.body}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                (value ?? '').length > max
                  ? Promise.reject(
                      new Error(format(t.statements.bodyTooLong, { count: (value ?? '').length, max })),
                    )
                  : Promise.resolve(),
            },
          ]}
        >
          <RichTextEditor
            maxLength={max}
            placeholder={t.richText.placeholder}
            aria-label={t.statements.body}
            data-testid="statement-editor-body"
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
