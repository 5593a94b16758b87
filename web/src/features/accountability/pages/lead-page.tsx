import { ArrowLeftOutlined, EditOutlined, FileSearchOutlined, RedoOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Form, Result, Row, Tabs, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Details } from '../../../components/details';
import { PageSpinner } from '../../../components/page-spinner';
import { historyTab } from '../../../components/record-history';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useCan } from '../../../lib/use-can';
import { useCampaign } from '../../campaign/api/get-campaign';
import { useAddLeadEvidence } from '../api/add-lead-evidence';
import { useLead } from '../api/get-lead';
import { DueDate } from '../components/due-date';
import { FilesCard } from '../components/files-card';
import { LeadFormDrawer } from '../components/lead-form-drawer';
import { MessagesCard } from '../components/messages-card';
import { ProposalsCard } from '../components/proposals-card';
import { ReopenModal } from '../components/reopen-modal';
import { ReporterCard } from '../components/reporter-card';
import { AwaitingReplyTag, LeadStatusTag } from '../components/status-tags';
import { TriagePanel, type TriageValues } from '../components/triage-panel';
import '../components/accountability.css';
import { CASES_PATH, caseHref, LEADS_PATH, leadHref } from '../module';
import { CASE_DISPOSALS, type Lead } from '../types';

/**
 * One problem lead: what it reports, from which source, about whom; its attachments; for a public
 * report the reporter (named or anonymous; the identity revealed only with password and reason)
 * and the messages with them; Zeren's proposals and, while it waits, the triage panel; the case it
 * opened, the lead it joined, the leads merged into it; and its history.
 */
export function LeadPage() {
  const { id } = useParams<{ id: string }>();
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const detail = useLead(id);
  const addFiles = useAddLeadEvidence();
  const [form] = Form.useForm<TriageValues>();
  const [reopening, setReopening] = useState(false);
  const [editing, setEditing] = useState(false);
  const lead = detail.data?.lead;
  // The history names the persons concerned by id: those the lead names, by name.
  const personName = useCallback(
    (personId: string) => lead?.concernedPersons.find((p) => p.id === personId)?.name,
    [lead?.concernedPersons],
  );

  const back = (
    <Link to={LEADS_PATH} data-testid="lead-back">
      <ArrowLeftOutlined /> {t.lead.back}
    </Link>
  );
  if (detail.isError) {
    const missing = detail.error instanceof ApiError && [403, 404].includes(detail.error.status);
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t.common.notFound : t.common.networkError}
        extra={back}
        data-testid="lead-error"
      />
    );
  }
  if (!detail.data || !lead) return <PageSpinner />;
  const data = detail.data;
  const canHandle = can('accountability.lead.handle');
  const triaging = canHandle && lead.status === 'received';
  const open = lead.status === 'received' || lead.status === 'accepted';

  const fields = [
    { key: 'code', label: t.lead.code, children: <span data-testid="lead-code">{lead.code}</span> },
    {
      key: 'source',
      label: t.lead.source,
      children: (
        <span data-testid="lead-source">
          {lead.sourceRef
            ? format(t.common.withNote, { text: t.leadSource[lead.source], note: lead.sourceRef })
            : t.leadSource[lead.source]}
        </span>
      ),
    },
    {
      key: 'details',
      label: t.lead.details,
      children: <span className="pre-wrap">{lead.details}</span>,
    },
    {
      key: 'units',
      label: t.lead.concernedUnits,
      children: lead.concernedUnits.map((unit) => unit.name).join(t.history.listSeparator),
    },
    {
      key: 'persons',
      label: t.lead.concernedPersons,
      children:
        lead.concernedPersons.length > 0 ? (
          <Flex gap={4} wrap>
            {lead.concernedPersons.map((person) => (
              <Tag key={person.id}>{`${person.name} · ${person.unitName}`}</Tag>
            ))}
          </Flex>
        ) : null,
    },
    { key: 'domain', label: t.lead.domain, children: lead.domainTitle },
    { key: 'conduct', label: t.lead.conduct, children: lead.conduct ? t.conduct[lead.conduct] : null },
    { key: 'unit', label: t.lead.unit, children: lead.unitName },
    { key: 'receivedOn', label: t.lead.receivedOn, children: formatDate(lead.receivedOn, locale) },
    {
      key: 'dueDate',
      label: t.lead.dueDate,
      children: open ? (
        <DueDate
          dueDate={lead.dueDate}
          overdue={lead.overdue}
          workingDaysLeft={lead.workingDaysLeft}
          colour={lead.colour}
        />
      ) : (
        formatDate(lead.dueDate, locale)
      ),
    },
    ...(lead.disposedOn
      ? [
          {
            key: 'disposedOn',
            label: t.lead.disposedOn,
            children: (
              <span data-testid="lead-disposed-on">
                {formatDate(lead.disposedOn, locale)}
                {lead.disposedOn > lead.dueDate && ` · ${t.lead.disposedLate}`}
              </span>
            ),
          },
        ]
      : []),
    { key: 'disposal', label: t.lead.disposal, children: lead.disposal ? t.disposal[lead.disposal] : null },
    ...(lead.forwardedTo
      ? [{ key: 'forwardedTo', label: t.lead.forwardedTo, children: lead.forwardedTo }]
      : []),
    ...(lead.mergedIntoId
      ? [
          {
            key: 'mergedInto',
            label: t.lead.mergedInto,
            children: (
              <Link to={leadHref(lead.mergedIntoId)} data-testid="lead-merged-into">
                {t.lead.mergedInto}
              </Link>
            ),
          },
        ]
      : []),
    ...(lead.parentCaseId
      ? [
          {
            key: 'parentCase',
            label: t.lead.parentCase,
            children: (
              <Link to={caseHref(lead.parentCaseId)}>
                {lead.inquiryKind
                  ? format(t.common.withNote, {
                      text: t.lead.dualInquiries,
                      note: t.dualInquiryKind[lead.inquiryKind],
                    })
                  : t.lead.dualInquiries}
              </Link>
            ),
          },
        ]
      : []),
    ...(data.merged.length > 0
      ? [
          {
            key: 'merged',
            label: t.lead.mergedLeads,
            children: (
              <ul className="plain-list">
                {data.merged.map((m) => (
                  <li key={m.id}>
                    <Link to={leadHref(m.id)}>{`${m.code} ${m.summary}`}</Link>
                  </li>
                ))}
              </ul>
            ),
          },
        ]
      : []),
    { key: 'createdAt', label: t.lead.createdAt, children: formatDateTime(lead.createdAt, locale) },
  ];

  const setDisposal = (values: TriageValues) => {
    form.setFieldsValue(values);
    document
      .querySelector('[data-testid="triage-panel"]')
      ?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  const isCaseDisposal = (value: unknown) => (CASE_DISPOSALS as readonly unknown[]).includes(value);

  const main = (
    <Flex vertical gap={16}>
      <Card size="small" title={t.common.details}>
        <Details column={1} bordered items={fields} data-testid="lead-details" />
      </Card>
      <FilesCard
        title={t.lead.attachments}
        files={data.attachments}
        empty={t.lead.noAttachments}
        canAdd={can('accountability.lead.intake') && open}
        addLabel={t.lead.addAttachments}
        pending={addFiles.isPending}
        onAdd={(files) =>
          addFiles.mutate(
            { id: lead.id, unitId: lead.unitId, files },
            { onSuccess: () => message.success(t.lead.attachmentsAdded), onError: (e) => onError(e) },
          )
        }
        testId="lead-attachments"
      />
      {lead.source === 'public_report' && <MessagesCard detail={data} canSend={canHandle} />}
    </Flex>
  );

  return (
    <>
      <Flex vertical gap="small" className="page-header" data-testid="lead-page">
        {back}
        <Typography.Text type="secondary" className="lead-code">
          {lead.code} · {t.leadSource[lead.source]}
        </Typography.Text>
        <Typography.Title level={2} className="page-title" data-testid="lead-title">
          {lead.summary}
        </Typography.Title>
        <Flex gap="small" wrap align="center">
          <LeadStatusTag status={lead.status} />
          {lead.awaitingReply && <AwaitingReplyTag />}
          {open && (
            <DueDate
              dueDate={lead.dueDate}
              overdue={lead.overdue}
              workingDaysLeft={lead.workingDaysLeft}
              colour={lead.colour}
              testId="lead-header-due"
            />
          )}
        </Flex>
        <Flex gap="small" wrap>
          {lead.caseId && (
            <Link to={caseHref(lead.caseId)}>
              <Button type="primary" icon={<FileSearchOutlined />} data-testid="lead-open-case">
                {t.lead.openCase}
              </Button>
            </Link>
          )}
          {can('accountability.lead.intake') &&
            lead.status === 'received' &&
            lead.source !== 'public_report' && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="lead-edit">
                {t.lead.edit}
              </Button>
            )}
          {canHandle && lead.status === 'shelved' && (
            <Button icon={<RedoOutlined />} onClick={() => setReopening(true)} data-testid="lead-reopen">
              {t.triage.reopen}
            </Button>
          )}
        </Flex>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Tabs
            className="record-tabs"
            items={[
              { key: 'details', label: t.common.details, children: main },
              historyTab(t.history.tab, { recordType: 'lead', id: lead.id, personName }),
            ]}
          />
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            {triaging && <TriagePanel detail={data} form={form} />}
            {(lead.status === 'received' || data.duplicates.length + data.repeats.length > 0) && (
              <ProposalsCard
                detail={data}
                {...(triaging
                  ? {
                      onMerge: (leadId: string) => setDisposal({ disposal: 'merged', mergeIntoId: leadId }),
                      onHandlingUnit: (unitId: string) =>
                        setDisposal({
                          disposal: isCaseDisposal(form.getFieldValue('disposal'))
                            ? form.getFieldValue('disposal')
                            : 'preliminary_verification',
                          handlingUnitId: unitId,
                        }),
                    }
                  : {})}
              />
            )}
            <ReporterCard detail={data} />
            {lead.caseId && (
              <Card size="small" title={t.case.record}>
                <Link to={caseHref(lead.caseId)}>{t.lead.openCase}</Link>
                {' · '}
                <Link to={CASES_PATH}>{t.nav.cases}</Link>
              </Card>
            )}
          </Flex>
        </Col>
      </Row>
      {reopening && <ReopenModal leadId={lead.id} onClose={() => setReopening(false)} />}
      {editing && <EditLead lead={lead} campaignId={lead.campaignId} onClose={() => setEditing(false)} />}
    </>
  );
}

/** The lead's correction form, with its campaign's domains to choose from. */
function EditLead({ lead, campaignId, onClose }: { lead: Lead; campaignId: string; onClose: () => void }) {
  const campaign = useCampaign(campaignId);
  if (campaign.isPending) return null;
  return (
    <LeadFormDrawer campaign={campaign.data ?? null} leadUnitId={lead.unitId} lead={lead} onClose={onClose} />
  );
}
