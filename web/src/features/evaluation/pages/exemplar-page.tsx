import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PaperClipOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
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
import { PageSpinner } from '../../../components/page-spinner';
import { historyTab } from '../../../components/record-history';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { fileUrl } from '../../../lib/files';
import { formatDateTime } from '../../../lib/format';
import { useCan, workflowActions } from '../../../lib/use-can';
import { useExemplar } from '../api/get-exemplar';
import { type ExemplarActionInput, useExemplarAction } from '../api/run-exemplar-action';
import { useDeleteExemplar } from '../api/save-exemplar';
import { ExemplarFormModal } from '../components/exemplar-form-modal';
import { ExemplarStatusTag } from '../components/status-tags';
import { useEvaluationErrorHandler } from '../components/use-evaluation-error';
import { WorkflowButtons } from '../components/workflow-buttons';
import { DANGER_EXEMPLAR_ACTIONS, shownExemplarActions } from '../exemplar-actions';
import { EXEMPLARS_PATH } from '../module';
import { EXEMPLAR_WORKFLOW, type Exemplar, type ExemplarAction } from '../types';
import '../components/evaluation.css';

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * One exemplar nomination: the nominee, the title and citation, the evidence, the review steps
 * of the person's role (审核通过, 不予推荐, 公开宣传; never on one's own nomination), editing and
 * withdrawing while it waits for review, its details and history.
 */
export function ExemplarPage() {
  const { id } = useParams<{ id: string }>();
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onError = useEvaluationErrorHandler();
  const detail = useExemplar(id);
  const run = useExemplarAction();
  const remove = useDeleteExemplar();
  const [editing, setEditing] = useState(false);

  const back = (
    <Link to={EXEMPLARS_PATH} data-testid="exemplar-back">
      <ArrowLeftOutlined /> {t.exemplar.back}
    </Link>
  );
  if (detail.isError) {
    const missing = detail.error instanceof ApiError && [403, 404].includes(detail.error.status);
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t.exemplar.notFound : t.common.networkError}
        extra={back}
      />
    );
  }
  const exemplar: Exemplar | undefined = detail.data;
  if (!exemplar) return <PageSpinner />;
  const waiting = exemplar.status === 'nominated';
  const editable = waiting && can('exemplar.nominate');
  const actions = shownExemplarActions(exemplar, workflowActions(EXEMPLAR_WORKFLOW, exemplar.status, can));
  const dateTime = (value: string | null) => (value ? formatDateTime(value, locale) : null);

  return (
    <>
      <Flex vertical gap="small" className="page-header" data-testid="exemplar">
        {back}
        <Typography.Title level={2} className="page-title" data-testid="exemplar-title">
          {exemplar.title}
        </Typography.Title>
        <Flex gap="small" wrap align="center">
          <ExemplarStatusTag status={exemplar.status} />
          <Tag>{t.exemplarKind[exemplar.kind]}</Tag>
          <Typography.Text strong data-testid="exemplar-nominee">
            {exemplar.nomineeName}
          </Typography.Text>
          <Typography.Text type="secondary">{exemplar.unitName}</Typography.Text>
        </Flex>
        <Flex gap="small" wrap data-testid="exemplar-actions">
          <WorkflowButtons<ExemplarAction>
            actions={actions}
            steps={EXEMPLAR_WORKFLOW.actions}
            subject={exemplar.title}
            labels={t.exemplarAction}
            hints={t.exemplarActionHint}
            done={t.exemplarActionDone}
            danger={DANGER_EXEMPLAR_ACTIONS}
            testIdPrefix="exemplar-action"
            run={(action, text) =>
              run.mutateAsync({ id: exemplar.id, action, ...text } as ExemplarActionInput)
            }
          />
          {editable && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="exemplar-edit">
              {t.exemplar.edit}
            </Button>
          )}
          {editable && (
            <Popconfirm
              title={t.exemplar.withdrawConfirm}
              okText={t.exemplar.withdraw}
              cancelText={t.common.cancel}
              okButtonProps={{ danger: true, loading: remove.isPending }}
              onConfirm={() =>
                remove.mutate(exemplar.id, {
                  onSuccess: () => {
                    message.success(t.exemplar.deleted);
                    navigate(EXEMPLARS_PATH);
                  },
                  onError: (error) => onError(error),
                })
              }
            >
              <Button danger icon={<DeleteOutlined />} data-testid="exemplar-withdraw">
                {t.exemplar.withdraw}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
      {waiting && exemplar.nominatedByYou && can('evaluation.manage') && (
        <Alert
          type="info"
          showIcon
          className="toolbar"
          title={t.exemplar.fourEyes}
          data-testid="exemplar-four-eyes"
        />
      )}
      {exemplar.reviewNote && (
        <Alert
          type={exemplar.status === 'rejected' ? 'warning' : 'info'}
          showIcon
          className="toolbar"
          title={format(t.common.labelValue, { label: t.exemplar.reviewNote, value: exemplar.reviewNote })}
          data-testid="exemplar-review-note"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap="middle">
            <Card size="small" title={t.exemplar.citation}>
              <Typography.Paragraph className="exemplar-citation" data-testid="exemplar-citation">
                {exemplar.citation}
              </Typography.Paragraph>
            </Card>
            <Card size="small" title={t.exemplar.attachments} data-testid="exemplar-attachments">
              {exemplar.attachments.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.exemplar.attachmentsEmpty} />
              ) : (
                <ul className="plain-list">
                  {exemplar.attachments.map((file) => (
                    <li key={file.id}>
                      <a href={fileUrl(file.id)} download={file.filename} data-testid="exemplar-attachment">
                        <PaperClipOutlined /> {file.filename}
                      </a>{' '}
                      <Typography.Text type="secondary">({formatSize(file.size)})</Typography.Text>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small">
            <Tabs
              items={[
                {
                  key: 'details',
                  label: t.common.details,
                  children: (
                    <Details
                      column={1}
                      bordered
                      data-testid="exemplar-details"
                      items={[
                        { key: 'kind', label: t.exemplar.kind, children: t.exemplarKind[exemplar.kind] },
                        { key: 'nominee', label: t.exemplar.nominee, children: exemplar.nomineeName },
                        { key: 'unit', label: t.exemplar.unit, children: exemplar.unitName },
                        {
                          key: 'status',
                          label: t.exemplar.status,
                          children: <ExemplarStatusTag status={exemplar.status} />,
                        },
                        {
                          key: 'createdAt',
                          label: t.exemplar.createdAt,
                          children: dateTime(exemplar.createdAt),
                        },
                        {
                          key: 'publishedAt',
                          label: t.exemplar.publishedAt,
                          children: dateTime(exemplar.publishedAt),
                        },
                      ]}
                    />
                  ),
                },
                historyTab(t.history.tab, { recordType: 'exemplar', id: exemplar.id }),
              ]}
            />
          </Card>
        </Col>
      </Row>
      {editing && <ExemplarFormModal exemplar={exemplar} onClose={() => setEditing(false)} />}
    </>
  );
}
