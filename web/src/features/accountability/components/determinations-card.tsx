import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { Details } from '../../../components/details';
import { ListTable } from '../../../components/list-table';
import { StatusTag } from '../../../components/status-tag';
import { useLocale, useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useCan } from '../../../lib/use-can';
import { useDeleteDetermination } from '../api/delete-determination';
import { personRecordHref } from '../module';
import type { CaseDetail, Determination, ExemptionRequest } from '../types';
import { DeterminationFormDrawer, type DeterminationTarget } from './determination-form-drawer';
import { DecideExemptionModal, RequestExemptionModal } from './exemption-modals';
import { FilesList } from './files-card';
import { SanctionList } from './sanction-list';
import { FormTag } from './status-tags';

/** One fault-tolerance request: ground, statement, evidence, and the outcome when decided. */
function ExemptionRequestView({
  request,
  canDecide,
  onDecide,
}: {
  request: ExemptionRequest;
  canDecide: boolean;
  onDecide: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="exemption-request" data-testid="exemption-request" data-status={request.status}>
      <Flex gap="small" wrap align="center" style={{ marginBottom: 4 }}>
        <Typography.Text strong>{t.exemption.title}</Typography.Text>
        <StatusTag
          tone={
            request.status === 'pending' ? 'warning' : request.outcome === 'refuse' ? 'default' : 'success'
          }
        >
          {request.outcome ? t.exemptionOutcome[request.outcome] : t.exemption.pending}
        </StatusTag>
        {canDecide && request.status === 'pending' && (
          <Button size="small" type="primary" onClick={onDecide} data-testid="exemption-decide">
            {t.exemption.decide}
          </Button>
        )}
      </Flex>
      <Details
        column={1}
        size="small"
        items={[
          { key: 'ground', label: t.exemption.ground, children: t.exemptionGround[request.ground] },
          {
            key: 'statement',
            label: t.exemption.statement,
            children: <span className="pre-wrap">{request.statement}</span>,
          },
          {
            key: 'requestedBy',
            label: t.exemption.requestedBy,
            children: `${request.requestedByName} · ${formatDateTime(request.createdAt, locale)}`,
          },
          {
            key: 'evidence',
            label: t.exemption.evidence,
            children: request.evidence.length > 0 ? <FilesList files={request.evidence} /> : null,
          },
          ...(request.status === 'decided'
            ? [
                { key: 'decidedBy', label: t.exemption.decidedBy, children: request.decidedByName },
                {
                  key: 'opinion',
                  label: t.exemption.opinion,
                  children: <span className="pre-wrap">{request.opinion}</span>,
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}

/**
 * 责任认定: each person held responsible, liability, conduct types, measures and sanctions (with
 * status and lapse date), the form, fault tolerance; a form to add or change them while the case
 * is verified, 容错 requests and their decision.
 */
export function DeterminationsCard({
  detail,
  domains,
}: {
  detail: CaseDetail;
  domains: { id: string; title: string }[];
}) {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const remove = useDeleteDetermination();
  const [form, setForm] = useState<DeterminationTarget | null>(null);
  const [requesting, setRequesting] = useState<Determination | null>(null);
  const [deciding, setDeciding] = useState<{ request: ExemptionRequest; personName: string } | null>(null);
  const c = detail.case;
  const verifying = c.status === 'verifying';
  const canHandle = can('accountability.lead.handle');
  const canApprove = can('accountability.decision.approve');
  const canRecord = can('accountability.person_record.read');

  const columns: TableColumnsType<Determination> = [
    {
      key: 'person',
      title: t.determination.person,
      minWidth: 130,
      render: (_, d) => (
        <Flex vertical gap={0}>
          <Typography.Text strong>{d.person.name}</Typography.Text>
          <Typography.Text type="secondary">{d.person.unitName}</Typography.Text>
          {canRecord && (
            <Link to={personRecordHref(d.person.id)} data-testid="determination-person-record">
              {t.determination.personRecord}
            </Link>
          )}
        </Flex>
      ),
    },
    {
      key: 'liability',
      title: t.determination.liability,
      minWidth: 100,
      render: (_, d) => t.liability[d.liability],
    },
    {
      key: 'conducts',
      title: t.determination.conducts,
      minWidth: 80,
      render: (_, d) => d.conducts.map((c) => t.conduct[c]).join(t.history.listSeparator),
    },
    {
      key: 'measures',
      title: t.determination.measures,
      minWidth: 100,
      render: (_, d) => d.measures.map((m) => t.measure[m]).join(t.history.listSeparator),
    },
    {
      key: 'sanctions',
      title: t.determination.sanctions,
      minWidth: 160,
      render: (_, d) => <SanctionList sanctions={d.sanctions} />,
    },
    { key: 'form', title: t.determination.form, minWidth: 100, render: (_, d) => <FormTag form={d.form} /> },
    {
      key: 'exemption',
      title: t.determination.exemption,
      minWidth: 90,
      render: (_, d) => (d.exemption ? t.exemptionOutcome[d.exemption] : null),
    },
    {
      key: 'actions',
      title: t.common.actions,
      width: 120,
      render: (_, d) => {
        const pending = d.exemptionRequests.some((r) => r.status === 'pending');
        return (
          <Flex vertical gap={4} align="start">
            {verifying && canHandle && (
              <Flex gap={4}>
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={t.common.edit}
                  title={t.common.edit}
                  onClick={() => setForm({ mode: 'edit', determination: d })}
                  data-testid="determination-edit"
                />
                <Popconfirm
                  title={t.determination.deleteConfirm}
                  okText={t.common.delete}
                  cancelText={t.common.cancel}
                  okButtonProps={{ danger: true }}
                  onConfirm={() =>
                    remove.mutate(d.id, {
                      onSuccess: () => message.success(t.common.deleted),
                      onError: (error) => onError(error),
                    })
                  }
                >
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t.common.delete}
                    title={t.common.delete}
                    data-testid="determination-delete"
                  />
                </Popconfirm>
              </Flex>
            )}
            {c.status !== 'decided' && canHandle && !pending && !d.exemption && (
              <Button
                size="small"
                type="link"
                onClick={() => setRequesting(d)}
                data-testid="exemption-request"
              >
                {t.exemption.request}
              </Button>
            )}
          </Flex>
        );
      },
    },
  ];

  const shown =
    c.status === 'decided' || !canHandle ? columns.filter((column) => column.key !== 'actions') : columns;
  return (
    <>
      <ListTable<Determination>
        cardTitle={t.determination.title}
        cardExtra={
          verifying &&
          canHandle && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => setForm({ mode: 'create' })}
              data-testid="determination-add"
            >
              {t.determination.add}
            </Button>
          )
        }
        columns={shown}
        dataSource={detail.determinations}
        locale={{ emptyText: t.determination.none }}
        expandable={{
          rowExpandable: (d) => d.exemptionRequests.length > 0 || d.note !== null,
          defaultExpandAllRows: true,
          expandedRowRender: (d) => (
            <Flex vertical gap={8}>
              {d.note && (
                <Typography.Text>
                  {t.determination.note}
                  {t.history.labelSuffix}
                  {d.note}
                </Typography.Text>
              )}
              {d.exemptionRequests.map((request) => (
                <ExemptionRequestView
                  key={request.id}
                  request={request}
                  canDecide={canApprove}
                  onDecide={() => setDeciding({ request, personName: d.person.name })}
                />
              ))}
            </Flex>
          ),
        }}
        data-testid="determinations"
      />
      {form && (
        <DeterminationFormDrawer
          caseId={c.id}
          target={form}
          domains={domains}
          persons={detail.lead.concernedPersons}
          onClose={() => setForm(null)}
        />
      )}
      {requesting && (
        <RequestExemptionModal
          determination={requesting}
          unitId={c.unitId}
          onClose={() => setRequesting(null)}
        />
      )}
      {deciding && (
        <DecideExemptionModal
          request={deciding.request}
          personName={deciding.personName}
          onClose={() => setDeciding(null)}
        />
      )}
    </>
  );
}
