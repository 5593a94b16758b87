import { Alert, App, Checkbox, Empty, Flex, Form, Modal, Radio, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useLocale, useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { formatDate } from '../../../lib/format';
import { useNoticeSources } from '../api/notice-sources';
import { useComposeNotice } from '../api/save-notice';
import { NOTICE_VISIBILITIES, type Notice, type NoticeSourceKind, type NoticeVisibility } from '../types';

interface Values {
  unitId: string;
  kind: NoticeSourceKind;
  visibility: NoticeVisibility;
  sourceIds: string[];
}

const KINDS: NoticeSourceKind[] = ['criticism', 'typical_cases'];

/** Picks source records (通报批评, typical cases) and has the server write a first draft from them. */
export function ComposeModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (n: Notice) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [kind, setKind] = useState<NoticeSourceKind>('criticism');
  const sources = useNoticeSources(kind);
  const compose = useComposeNotice();
  const onError = useApiErrorHandler();
  const items = sources.data?.items ?? [];
  return (
    <Modal
      open
      title={t.notices.composeTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.notices.composeCreate}
      cancelText={t.common.cancel}
      okButtonProps={testId('notice-compose-submit')}
      confirmLoading={compose.isPending}
      width={720}
      data-testid="notice-compose"
    >
      <Typography.Paragraph type="secondary">{t.notices.composeHint}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name="notice-compose"
        initialValues={{ kind: 'criticism', visibility: 'internal', sourceIds: [] }}
        onFinish={(values) =>
          compose.mutate(values, {
            onSuccess: (notice) => {
              message.success(t.notices.saved);
              onCreated(notice);
            },
            onError: (error) => onError(error, form),
          })
        }
      >
        <Form.Item
          name="unitId"
          label={t.notices.unit}
          rules={[{ required: true, message: t.common.required }]}
        >
          <UnitTreeSelect data-testid="notice-compose-unit" />
        </Form.Item>
        <Form.Item name="kind" label={t.notices.kind}>
          <Select
            options={KINDS.map((k) => ({ value: k, label: t.noticeKind[k] }))}
            onChange={(k: NoticeSourceKind) => {
              setKind(k);
              form.setFieldValue('sourceIds', []);
            }}
            data-testid="notice-compose-kind"
          />
        </Form.Item>
        <Form.Item name="visibility" label={t.notices.visibility}>
          <Radio.Group
            options={NOTICE_VISIBILITIES.map((v) => ({ value: v, label: t.noticeVisibility[v] }))}
          />
        </Form.Item>
        <Form.Item
          name="sourceIds"
          label={t.notices.composePick}
          rules={[{ required: true, type: 'array', min: 1, message: t.common.required }]}
        >
          {sources.isLoading ? (
            <Spin />
          ) : items.length === 0 ? (
            <Empty description={t.notices.noSources} />
          ) : (
            <Checkbox.Group style={{ width: '100%' }} data-testid="notice-compose-sources">
              <Flex vertical gap={8} style={{ maxHeight: 320, overflowY: 'auto', width: '100%' }}>
                {items.map((item) => (
                  <Checkbox key={item.id} value={item.id}>
                    <strong>{item.label}</strong> {item.unitName} · {item.description} ·{' '}
                    {formatDate(item.date, locale)}
                  </Checkbox>
                ))}
              </Flex>
            </Checkbox.Group>
          )}
        </Form.Item>
      </Form>
      {sources.data && !sources.data.available && <Alert type="info" showIcon title={t.notices.noSources} />}
    </Modal>
  );
}
