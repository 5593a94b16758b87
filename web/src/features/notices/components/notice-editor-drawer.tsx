import {
  App,
  Button,
  Col,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import { NoticePaper } from '../../../components/notice-paper';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { dateFieldProps } from '../../../lib/date-field';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useCreateNotice, useUpdateNotice } from '../api/save-notice';
import {
  NOTICE_KINDS,
  NOTICE_VISIBILITIES,
  type Notice,
  type NoticeKind,
  type NoticeVisibility,
  noticeText,
  parseNoticeText,
} from '../types';

interface Values {
  unitId: string;
  kind: NoticeKind;
  visibility: NoticeVisibility;
  issuer?: string;
  title: string;
  recipients?: string;
  bodyText?: string;
  signature?: string;
  date?: string | null;
  cc?: string[];
}

export type NoticeEditorTarget =
  | { mode: 'create'; unitId?: string | undefined }
  | { mode: 'edit'; notice: Notice };

/**
 * Drafts a notice or edits a draft: its fields, and the body in the simple text format (a line
 * starting 一、（一）1.（1）is a heading), with the notice drawn beside it as its official
 * document while it is typed.
 */
export function NoticeEditorDrawer({
  target,
  onClose,
  onCreated,
}: {
  target: NoticeEditorTarget;
  onClose: () => void;
  onCreated?: (notice: Notice) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const create = useCreateNotice();
  const update = useUpdateNotice();
  const onError = useApiErrorHandler();
  const editing = target.mode === 'edit' ? target.notice : null;
  const live = Form.useWatch([], form) as Partial<Values> | undefined;

  const initialValues: Partial<Values> = editing
    ? {
        unitId: editing.unitId,
        kind: editing.kind,
        visibility: editing.visibility,
        issuer: editing.issuer,
        title: editing.title,
        recipients: editing.recipients,
        bodyText: noticeText(editing.body),
        signature: editing.signature,
        date: editing.date,
        cc: editing.cc,
      }
    : {
        unitId: target.mode === 'create' ? target.unitId : undefined,
        kind: 'free_text',
        visibility: 'internal',
        cc: [],
      };

  const onFinish = (values: Values) => {
    const fields = {
      visibility: values.visibility,
      title: values.title.trim(),
      recipients: values.recipients?.trim() ?? '',
      body: parseNoticeText(values.bodyText ?? ''),
      date: values.date ?? null,
      cc: (values.cc ?? []).map((c) => c.trim()).filter(Boolean),
      ...(values.issuer?.trim() ? { issuer: values.issuer.trim() } : {}),
      ...(values.signature?.trim() ? { signature: values.signature.trim() } : {}),
    };
    const handlers = { onError: (error: unknown) => onError(error, form) };
    if (editing)
      update.mutate(
        { id: editing.id, changes: fields },
        {
          ...handlers,
          onSuccess: () => {
            message.success(t.notices.saved);
            onClose();
          },
        },
      );
    else
      create.mutate(
        { unitId: values.unitId, kind: values.kind, ...fields },
        {
          ...handlers,
          onSuccess: (notice) => {
            message.success(t.notices.saved);
            onClose();
            onCreated?.(notice);
          },
        },
      );
  };

  const preview = (
    <NoticePaper
      issuer={live?.issuer || editing?.issuer || ''}
      documentNumber={editing?.documentNumber ?? null}
      title={live?.title ?? ''}
      recipients={live?.recipients ?? ''}
      body={parseNoticeText(live?.bodyText ?? '')}
      signature={live?.signature || editing?.signature || ''}
      date={live?.date ?? null}
      cc={live?.cc ?? []}
      numberPlaceholder={t.notices.numberPending}
      datePlaceholder={t.notices.datePending}
    />
  );

  return (
    <Drawer
      open
      title={editing ? t.notices.editTitle : t.notices.createTitle}
      size={screens.lg ? 1200 : '100%'}
      onClose={onClose}
      data-testid="notice-editor"
      extra={
        <Flex gap="small">
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button
            type="primary"
            loading={create.isPending || update.isPending}
            onClick={() => form.submit()}
            {...testId('notice-editor-save')}
          >
            {t.notices.save}
          </Button>
        </Flex>
      }
    >
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={11}>
          <Form<Values>
            form={form}
            layout="vertical"
            name="notice"
            initialValues={initialValues}
            onFinish={onFinish}
          >
            {!editing && (
              <>
                <Form.Item
                  name="unitId"
                  label={t.notices.unit}
                  rules={[{ required: true, message: t.common.required }]}
                >
                  <UnitTreeSelect data-testid="notice-unit" />
                </Form.Item>
                <Form.Item name="kind" label={t.notices.kind}>
                  <Select
                    options={NOTICE_KINDS.map((kind) => ({ value: kind, label: t.noticeKind[kind] }))}
                    data-testid="notice-kind"
                  />
                </Form.Item>
              </>
            )}
            <Form.Item name="visibility" label={t.notices.visibility}>
              <Radio.Group
                options={NOTICE_VISIBILITIES.map((v) => ({ value: v, label: t.noticeVisibility[v] }))}
                data-testid="notice-visibility"
              />
            </Form.Item>
            <Form.Item name="issuer" label={t.notices.issuer}>
              <Input maxLength={60} data-testid="notice-issuer" />
            </Form.Item>
            <Form.Item
              name="title"
              label={t.notices.title}
              rules={[{ required: true, whitespace: true, message: t.common.required }]}
            >
              <Input maxLength={200} data-testid="notice-title" />
            </Form.Item>
            <Form.Item name="recipients" label={t.notices.recipients}>
              <Input maxLength={500} data-testid="notice-recipients" />
            </Form.Item>
            <Form.Item name="bodyText" label={t.notices.body} extra={t.notices.bodyHint}>
              <Input.TextArea autoSize={{ minRows: 10, maxRows: 30 }} data-testid="notice-body" />
            </Form.Item>
            <Form.Item name="signature" label={t.notices.signature}>
              <Input maxLength={100} data-testid="notice-signature" />
            </Form.Item>
            <Form.Item name="date" label={t.notices.date} extra={t.notices.dateHint} {...dateFieldProps}>
              <DatePicker allowClear style={{ width: '100%' }} data-testid="notice-date" />
            </Form.Item>
            <Form.Item name="cc" label={t.notices.cc}>
              <Select
                mode="tags"
                open={false}
                suffixIcon={null}
                tokenSeparators={['，', ',', '、']}
                placeholder={t.notices.ccPlaceholder}
                data-testid="notice-cc"
              />
            </Form.Item>
          </Form>
        </Col>
        <Col xs={24} lg={13}>
          <Typography.Paragraph type="secondary">{t.notices.previewHint}</Typography.Paragraph>
          <div data-testid="notice-editor-preview">{preview}</div>
        </Col>
      </Row>
    </Drawer>
  );
}
