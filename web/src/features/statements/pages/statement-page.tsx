import {
  ArrowLeftOutlined,
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  ExportOutlined,
} from '@ant-design/icons';
import type { HistoryEntry } from '@zeren/contracts';
import { Alert, App, Button, Card, Col, Flex, Popconfirm, Result, Row, Tabs, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Details } from '../../../components/details';
import { PageSpinner } from '../../../components/page-spinner';
import { historyTab } from '../../../components/record-history';
import { StatementPaper } from '../../../components/statement-paper';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatCount, formatDateTime } from '../../../lib/format';
import { useCan, workflowActions } from '../../../lib/use-can';
import { useStatementCommitments } from '../api/commitments';
import { downloadStatement } from '../api/download-statement';
import { useStatement } from '../api/get-statement';
import { useDeleteStatement } from '../api/save-statement';
import { AttachmentsCard } from '../components/attachments-card';
import { CommentsCard } from '../components/comments-card';
import { CommitmentsCard } from '../components/commitments-card';
import { StatementActionButtons } from '../components/statement-actions';
import { StatementEditor } from '../components/statement-editor';
import { StatementStatusTag } from '../components/statement-status-tag';
import { STATEMENTS_PATH } from '../module';
import { DUTY_STATEMENT_WORKFLOW, type DutyStatement } from '../types';

/** The statement's address on the public portal (the portal's own router). */
export function portalStatementHref(id: string): string {
  return `/portal/statements/${encodeURIComponent(id)}`;
}

/**
 * One duty statement: its text drawn as a document (edited in place while it is a draft), its
 * attachments, the workflow steps of the person's role, its commitments with their progress, the
 * public comments to moderate, its details and its history.
 */
export function StatementPage() {
  const { id } = useParams<{ id: string }>();
  const [params] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const detail = useStatement(id);
  const commitments = useStatementCommitments(id);
  const remove = useDeleteStatement();
  const [editing, setEditing] = useState(false);
  const [downloading, setDownloading] = useState(false);

  const items = commitments.data;
  // Commitments' events may show in the statement's history: named by their promise, their
  // responsible persons by name.
  const promiseOf = useCallback(
    (entry: HistoryEntry) => {
      if (entry.recordType !== 'commitment') return undefined;
      const known = items?.find((c) => c.id === entry.recordId)?.promise;
      const logged = [entry.after?.promise, entry.before?.promise].find((p) => typeof p === 'string');
      const text = known ?? (logged as string | undefined);
      return text && text.length > 30 ? `${text.slice(0, 30)}…` : text;
    },
    [items],
  );
  const persons = useMemo(
    () =>
      new Map(
        (items ?? []).flatMap((c) =>
          c.responsiblePersonId && c.responsiblePersonName
            ? [[c.responsiblePersonId, c.responsiblePersonName] as const]
            : [],
        ),
      ),
    [items],
  );
  const personName = useCallback((personId: string) => persons.get(personId), [persons]);

  const back = (
    <Link to={STATEMENTS_PATH} data-testid="statement-back">
      <ArrowLeftOutlined /> {t.statements.back}
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
  const statement: DutyStatement | undefined = detail.data;
  if (!statement) return <PageSpinner />;
  const canDraft = can('statement.draft');
  const draft = statement.status === 'draft';
  const editable = canDraft && draft;
  const actions = workflowActions(DUTY_STATEMENT_WORKFLOW, statement.status, can);
  const dateTime = (value: string | null) => (value ? formatDateTime(value, locale) : null);
  const byline = [
    statement.unitName,
    statement.signedByName &&
      format(t.common.labelValue, { label: t.statements.signedBy, value: statement.signedByName }),
  ]
    .filter(Boolean)
    .join(' · ');

  const fields = [
    { key: 'unit', label: t.statements.unit, children: statement.unitName },
    { key: 'status', label: t.statements.status, children: <StatementStatusTag status={statement.status} /> },
    { key: 'signedBy', label: t.statements.signedBy, children: statement.signedByName },
    { key: 'signedAt', label: t.statements.signedAt, children: dateTime(statement.signedAt) },
    {
      key: 'commitments',
      label: t.statements.commitmentCount,
      children: formatCount(statement.commitmentCount, locale),
    },
    {
      key: 'pending',
      label: t.statements.pendingComments,
      children: formatCount(statement.pendingComments, locale),
    },
    { key: 'createdAt', label: t.statements.createdAt, children: dateTime(statement.createdAt) },
    { key: 'updatedAt', label: t.statements.updatedAt, children: dateTime(statement.updatedAt) },
    { key: 'approvedAt', label: t.statements.approvedAt, children: dateTime(statement.approvedAt) },
    { key: 'publishedAt', label: t.statements.publishedAt, children: dateTime(statement.publishedAt) },
  ];

  return (
    <>
      <Flex vertical gap="small" className="page-header" data-testid="statement">
        {back}
        <Typography.Title level={2} className="page-title" data-testid="statement-title">
          {statement.title}
        </Typography.Title>
        <Flex gap="small" wrap align="center">
          <StatementStatusTag status={statement.status} />
          <Typography.Text type="secondary">{statement.unitName}</Typography.Text>
        </Flex>
        <Flex gap="small" wrap data-testid="statement-actions">
          <StatementActionButtons statement={statement} actions={actions} />
          {editable && !editing && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="statement-edit">
              {t.statements.edit}
            </Button>
          )}
          <Button
            icon={<DownloadOutlined />}
            loading={downloading}
            onClick={() => {
              setDownloading(true);
              downloadStatement(statement.id)
                .catch(onError)
                .finally(() => setDownloading(false));
            }}
            data-testid="statement-download"
          >
            {t.statements.download}
          </Button>
          {statement.status === 'published' && (
            <Button
              icon={<ExportOutlined />}
              href={portalStatementHref(statement.id)}
              target="_blank"
              rel="noopener"
              data-testid="statement-portal-link"
            >
              {t.statements.viewOnPortal}
            </Button>
          )}
          {editable && (
            <Popconfirm
              title={t.common.confirmDelete}
              okText={t.common.delete}
              cancelText={t.common.cancel}
              onConfirm={() =>
                remove.mutate(statement.id, {
                  onSuccess: () => {
                    message.success(t.statements.deleted);
                    navigate(STATEMENTS_PATH);
                  },
                  onError: (error) => onError(error),
                })
              }
            >
              <Button danger icon={<DeleteOutlined />} data-testid="statement-delete">
                {t.common.delete}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
      {draft && statement.returnReason && (
        <Alert
          type="warning"
          showIcon
          className="toolbar"
          title={format(t.common.labelValue, {
            label: t.statements.returnReason,
            value: statement.returnReason,
          })}
          data-testid="statement-returned"
        />
      )}
      {statement.status === 'submitted' && statement.authoredByYou && can('statement.approve') && (
        <Alert
          type="info"
          showIcon
          className="toolbar"
          title={t.statements.fourEyes}
          data-testid="statement-four-eyes"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap="middle">
            {editing && editable ? (
              <StatementEditor statement={statement} onDone={() => setEditing(false)} />
            ) : (
              <StatementPaper
                title={statement.title}
                byline={byline}
                body={statement.body}
                empty={t.statements.bodyEmpty}
                titleAs="div"
                data-testid="statement-body"
              />
            )}
            <AttachmentsCard statement={statement} editable={editable} />
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small">
            <Tabs
              items={[
                {
                  key: 'details',
                  label: t.common.details,
                  children: <Details column={1} bordered items={fields} data-testid="statement-details" />,
                },
                historyTab(t.history.tab, {
                  recordType: 'duty_statement',
                  id: statement.id,
                  personName,
                  relatedName: promiseOf,
                }),
              ]}
            />
          </Card>
        </Col>
        <Col span={24}>
          <CommitmentsCard
            statement={statement}
            commitments={items ?? []}
            loading={commitments.isPending}
            target={params.get('commitment')}
          />
        </Col>
        {(statement.status === 'published' || statement.status === 'approved') && (
          <Col span={24}>
            <CommentsCard statement={statement} target={params.get('comment')} />
          </Col>
        )}
      </Row>
    </>
  );
}
