import {
  ArrowLeftOutlined,
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  TagOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Result,
  Row,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Details } from '../../../components/details';
import { NoticePaper } from '../../../components/notice-paper';
import { PageSpinner } from '../../../components/page-spinner';
import { historyTab } from '../../../components/record-history';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useCan, workflowActions } from '../../../lib/use-can';
import { downloadNotice } from '../api/download-notice';
import { useNotice } from '../api/get-notice';
import { useNoticePrefix, useSetNoticePrefix } from '../api/notice-prefix';
import { useDeleteNotice } from '../api/save-notice';
import { NoticeActionButtons } from '../components/notice-actions';
import { NoticeEditorDrawer } from '../components/notice-editor-drawer';
import { NoticeStatusTag } from '../components/notice-status-tag';
import { NOTICES_PATH } from '../module';
import { NOTICE_WORKFLOW, type Notice } from '../types';

/** The issuing unit's 机关代字, and a dialog to set it (for those who draft). */
function PrefixModal({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const prefix = useNoticePrefix(notice.unitId);
  const save = useSetNoticePrefix();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<{ prefix: string }>();
  return (
    <Modal
      open
      title={`${t.notices.setPrefix} · ${notice.unitName}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      data-testid="notice-prefix-modal"
    >
      {prefix.data && (
        <Form
          form={form}
          layout="vertical"
          name="notice-prefix"
          initialValues={{ prefix: prefix.data.prefix }}
          onFinish={(values) =>
            save.mutate(
              { unitId: notice.unitId, prefix: values.prefix.trim() },
              {
                onSuccess: () => {
                  message.success(t.notices.prefixSaved);
                  onClose();
                },
                onError: (error) => onError(error, form),
              },
            )
          }
        >
          <Form.Item
            name="prefix"
            label={t.notices.prefix}
            extra={t.notices.prefixHint}
            rules={[{ required: true, whitespace: true, message: t.common.required }]}
          >
            <Input maxLength={20} data-testid="notice-prefix-input" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

/**
 * One notice: drawn as its official document, its details and the steps of the person's role,
 * the Word download (audited), editing while it is a draft, and its history.
 */
export function NoticePage() {
  const { id } = useParams<{ id: string }>();
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const detail = useNotice(id);
  const remove = useDeleteNotice();
  const prefix = useNoticePrefix(detail.data && !detail.data.documentNumber ? detail.data.unitId : undefined);
  const [editing, setEditing] = useState(false);
  const [settingPrefix, setSettingPrefix] = useState(false);
  const [downloading, setDownloading] = useState(false);

  const back = (
    <Link to={NOTICES_PATH} data-testid="notice-back">
      <ArrowLeftOutlined /> {t.notices.back}
    </Link>
  );
  if (detail.isError) {
    const missing = detail.error instanceof ApiError && [403, 404].includes(detail.error.status);
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t.common.notFound : t.common.networkError}
        extra={back}
      />
    );
  }
  const notice = detail.data;
  if (!notice) return <PageSpinner />;
  const canDraft = can('notice.draft');
  const actions = workflowActions(NOTICE_WORKFLOW, notice.status, can);
  const draft = notice.status === 'draft';

  const fields = [
    { key: 'unit', label: t.notices.unit, children: notice.unitName },
    { key: 'kind', label: t.notices.kind, children: t.noticeKind[notice.kind] },
    { key: 'visibility', label: t.notices.visibility, children: t.noticeVisibility[notice.visibility] },
    {
      key: 'number',
      label: t.notices.documentNumber,
      children:
        notice.documentNumber ??
        (prefix.data
          ? format(t.common.withNote, {
              text: format(t.notices.prefixValue, { prefix: prefix.data.prefix }),
              note: prefix.data.isDefault ? t.notices.prefixDefault : t.notices.prefix,
            })
          : null),
    },
    { key: 'date', label: t.notices.date, children: notice.date ? formatDate(notice.date, locale) : null },
    {
      key: 'sources',
      label: t.notices.sources,
      children: notice.sourceLabels.length ? notice.sourceLabels.map((l) => <Tag key={l}>{l}</Tag>) : null,
    },
    { key: 'createdAt', label: t.notices.createdAt, children: formatDateTime(notice.createdAt, locale) },
    {
      key: 'submittedAt',
      label: t.notices.submittedAt,
      children: notice.submittedAt ? formatDateTime(notice.submittedAt, locale) : null,
    },
    {
      key: 'issuedAt',
      label: t.notices.issuedAt,
      children: notice.issuedAt ? formatDateTime(notice.issuedAt, locale) : null,
    },
  ];

  return (
    <>
      <Flex vertical gap="small" className="page-header" data-testid="notice">
        {back}
        <Typography.Title level={2} className="page-title" data-testid="notice-title">
          {notice.title}
        </Typography.Title>
        <Flex gap="small" wrap align="center">
          <NoticeStatusTag status={notice.status} />
          {notice.documentNumber && <Tag data-testid="notice-number">{notice.documentNumber}</Tag>}
        </Flex>
        <Flex gap="small" wrap data-testid="notice-actions">
          <NoticeActionButtons notice={notice} actions={actions} />
          {canDraft && draft && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="notice-edit">
              {t.common.edit}
            </Button>
          )}
          <Button
            icon={<DownloadOutlined />}
            loading={downloading}
            onClick={() => {
              setDownloading(true);
              downloadNotice(notice.id)
                .catch(onError)
                .finally(() => setDownloading(false));
            }}
            data-testid="notice-download"
          >
            {t.notices.download}
          </Button>
          {canDraft && !notice.documentNumber && (
            <Button icon={<TagOutlined />} onClick={() => setSettingPrefix(true)} data-testid="notice-prefix">
              {t.notices.setPrefix}
            </Button>
          )}
          {canDraft && draft && (
            <Popconfirm
              title={t.common.confirmDelete}
              okText={t.common.delete}
              cancelText={t.common.cancel}
              onConfirm={() =>
                remove.mutate(notice.id, {
                  onSuccess: () => {
                    message.success(t.notices.deleted);
                    navigate(NOTICES_PATH);
                  },
                  onError: (error) => onError(error),
                })
              }
            >
              <Button danger icon={<DeleteOutlined />} data-testid="notice-delete">
                {t.common.delete}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
      {draft && notice.returnReason && (
        <Alert
          type="warning"
          showIcon
          className="toolbar"
          title={format(t.common.labelValue, { label: t.notices.returnReason, value: notice.returnReason })}
          data-testid="notice-returned"
        />
      )}
      {notice.status === 'submitted' && notice.authoredByYou && can('notice.approve') && (
        <Alert
          type="info"
          showIcon
          className="toolbar"
          title={t.notices.fourEyes}
          data-testid="notice-four-eyes"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <NoticePaper
            {...notice}
            numberPlaceholder={t.notices.numberPending}
            datePlaceholder={t.notices.datePending}
          />
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small">
            <Tabs
              items={[
                {
                  key: 'details',
                  label: t.common.details,
                  children: <Details column={1} bordered items={fields} data-testid="notice-details" />,
                },
                historyTab(t.history.tab, { recordType: 'notice', id: notice.id }),
              ]}
            />
          </Card>
        </Col>
      </Row>
      {editing && <NoticeEditorDrawer target={{ mode: 'edit', notice }} onClose={() => setEditing(false)} />}
      {settingPrefix && <PrefixModal notice={notice} onClose={() => setSettingPrefix(false)} />}
    </>
  );
}
