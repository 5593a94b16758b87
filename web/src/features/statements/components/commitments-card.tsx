import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, type TableColumnsType, Typography } from 'antd';
import { type Key, useEffect, useState } from 'react';
import { ListTable } from '../../../components/list-table';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useCan } from '../../../lib/use-can';
import { useDeleteCommitment } from '../api/commitments';
import { type Commitment, type DutyStatement, isDecided } from '../types';
import { CommitmentFormModal } from './commitment-form-modal';
import { CommitmentProgressTimeline } from './commitment-progress';
import { type CommitmentReportKind, CommitmentReportModal } from './commitment-report-modal';
import { CommitmentStatusTag, WorkingDaysLeft } from './commitment-status-tag';

type Editing =
  | { mode: 'form'; commitment?: Commitment }
  | { mode: 'report'; commitment: Commitment; kind: CommitmentReportKind };

/**
 * 承诺事项 of a statement: the promise, who answers for it, the deadline in working days and its
 * status in colour; added, edited and removed while the statement is a draft; once published,
 * the unit reports progress and fulfilment (践诺) and the campaign office may find one not
 * fulfilled (未践诺). Each row opens its progress timeline.
 */
export function CommitmentsCard({
  statement,
  commitments,
  loading,
  target,
}: {
  statement: DutyStatement;
  commitments: Commitment[];
  loading: boolean;
  /** A commitment to show opened and highlighted (a link to it). */
  target?: string | null;
}) {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const remove = useDeleteCommitment();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [expanded, setExpanded] = useState<readonly Key[]>(target ? [target] : []);
  const draft = statement.status === 'draft';
  const published = statement.status === 'published';
  const canDraft = can('statement.draft');
  const canApprove = can('statement.approve');
  const editable = draft && canDraft;
  const reportable = published && (canDraft || canApprove);

  // A link to one commitment scrolls to it once the rows are drawn.
  useEffect(() => {
    if (!target || loading) return;
    setExpanded((keys) => (keys.includes(target) ? keys : [...keys, target]));
    document.querySelector(`[data-row-key="${CSS.escape(target)}"]`)?.scrollIntoView({ block: 'center' });
  }, [target, loading]);

  const actions = (c: Commitment) => {
    if (editable)
      return (
        <Flex gap={4}>
          <Button
            size="small"
            icon={<EditOutlined />}
            aria-label={t.common.edit}
            onClick={() => setEditing({ mode: 'form', commitment: c })}
            data-testid="commitment-edit"
          />
          <Popconfirm
            title={t.common.confirmDelete}
            okText={t.common.delete}
            cancelText={t.common.cancel}
            onConfirm={() =>
              remove.mutate(c.id, {
                onSuccess: () => message.success(t.commitment.deleted),
                onError: (error) => onError(error),
              })
            }
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t.common.delete}
              data-testid="commitment-delete"
            />
          </Popconfirm>
        </Flex>
      );
    if (!reportable || isDecided(c.status)) return null;
    const kinds: { kind: CommitmentReportKind; label: string }[] = [
      ...(canDraft
        ? [
            { kind: 'progress' as const, label: t.commitment.reportProgress },
            { kind: 'fulfilment' as const, label: t.commitment.fulfil },
          ]
        : []),
      ...(canApprove ? [{ kind: 'not_fulfilled' as const, label: t.commitment.notFulfilled }] : []),
    ];
    if (kinds.length === 0) return null;
    return (
      <Flex gap={4} wrap>
        {kinds.map(({ kind, label }) => (
          <Button
            key={kind}
            size="small"
            danger={kind === 'not_fulfilled'}
            onClick={() => setEditing({ mode: 'report', commitment: c, kind })}
            data-testid={`commitment-${kind}`}
          >
            {label}
          </Button>
        ))}
      </Flex>
    );
  };

  const columns: TableColumnsType<Commitment> = [
    {
      key: 'promise',
      title: t.commitment.promise,
      minWidth: 260,
      render: (_, c) => (
        <Flex vertical gap={2}>
          <span className="pre-wrap" data-testid="commitment-promise">
            {c.promise}
          </span>
          {c.domainTitle && <Typography.Text type="secondary">{c.domainTitle}</Typography.Text>}
        </Flex>
      ),
    },
    { key: 'person', title: t.commitment.responsiblePerson, dataIndex: 'responsiblePersonName' },
    { key: 'start', title: t.commitment.startDate, render: (_, c) => formatDate(c.startDate, locale) },
    {
      key: 'days',
      title: t.commitment.workingDays,
      render: (_, c) => format(t.commitment.workingDaysValue, { days: c.workingDays }),
    },
    {
      key: 'due',
      title: t.commitment.dueDate,
      render: (_, c) => <span data-testid="commitment-due">{formatDate(c.dueDate, locale)}</span>,
    },
    {
      key: 'status',
      title: t.commitment.status,
      render: (_, c) => <CommitmentStatusTag status={c.status} />,
    },
    {
      key: 'left',
      title: t.commitment.daysLeft,
      render: (_, c) =>
        c.fulfilledOn ? formatDate(c.fulfilledOn, locale) : <WorkingDaysLeft commitment={c} />,
    },
    ...(editable || reportable
      ? [{ key: 'actions', title: t.common.actions, render: (_: unknown, c: Commitment) => actions(c) }]
      : []),
  ];

  return (
    <>
      <ListTable<Commitment>
        cardTitle={format(t.common.withNote, { text: t.commitment.list, note: String(commitments.length) })}
        cardExtra={
          editable && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ mode: 'form' })}
              data-testid="commitment-add"
            >
              {t.commitment.add}
            </Button>
          )
        }
        title={
          canDraft && (draft || published)
            ? () => <Typography.Text type="secondary">{t.commitment.editOnlyDraft}</Typography.Text>
            : undefined
        }
        columns={columns}
        dataSource={commitments}
        loading={loading}
        pagination={false}
        locale={{ emptyText: t.commitment.none }}
        rowClassName={(c) => (c.id === target ? 'commitment-row-target' : '')}
        expandable={{
          expandedRowKeys: [...expanded],
          onExpandedRowsChange: (keys) => setExpanded(keys),
          expandedRowRender: (c) => <CommitmentProgressTimeline progress={c.progress} />,
        }}
        data-testid="statement-commitments"
      />
      {editing?.mode === 'form' && (
        <CommitmentFormModal
          statement={statement}
          commitment={editing.commitment}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.mode === 'report' && (
        <CommitmentReportModal
          commitment={editing.commitment}
          kind={editing.kind}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
