import { ArrowLeftOutlined, BranchesOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Result, Row, Tabs, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Details } from '../../../components/details';
import { PageSpinner } from '../../../components/page-spinner';
import { historyTab } from '../../../components/record-history';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useMe } from '../../../lib/get-me';
import { useCan } from '../../../lib/use-can';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { useAddCaseEvidence } from '../api/add-case-evidence';
import { useCase } from '../api/get-case';
import { caseActions, missingForDecision } from '../case-actions';
import { CaseActionButtons } from '../components/case-actions';
import { DeterminationsCard } from '../components/determinations-card';
import { DualInquiryModal } from '../components/dual-inquiry-modal';
import { DueDate } from '../components/due-date';
import { FilesCard } from '../components/files-card';
import { RequirementsCard } from '../components/requirements-card';
import { CaseStatusTag, FormTag, LeadStatusTag } from '../components/status-tags';
import { VerificationCard } from '../components/verification-card';
import '../components/accountability.css';
import { CASES_PATH, leadHref } from '../module';

/**
 * One accountability case: its lead, the verification and evidence, the six requirements (the
 * decision locked until all are confirmed and a conclusion drawn), the determinations with their
 * measures, sanctions and fault tolerance, 一案双查 (and Zeren's proposal of it), the decision's
 * steps for the person's role, and the history of the case with its determinations.
 */
export function CasePage() {
  const { id } = useParams<{ id: string }>();
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const me = useMe();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const detail = useCase(id);
  const campaign = useCurrentCampaign(can('campaign.read')).data;
  const addEvidence = useAddCaseEvidence();
  const [dual, setDual] = useState(false);
  const data = detail.data;
  // The history names the handler and the persons held responsible by id.
  const personName = useCallback(
    (personId: string) =>
      personId === data?.case.handlerId
        ? data.case.handlerName
        : data?.determinations.find((d) => d.person.id === personId)?.person.name,
    [data],
  );

  const back = (
    <Link to={CASES_PATH} data-testid="case-back">
      <ArrowLeftOutlined /> {t.case.back}
    </Link>
  );
  if (detail.isError) {
    const missing = detail.error instanceof ApiError && [403, 404].includes(detail.error.status);
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t.common.notFound : t.common.networkError}
        extra={back}
        data-testid="case-error"
      />
    );
  }
  if (!data) return <PageSpinner />;
  const { case: item, lead } = data;
  const canHandle = can('accountability.lead.handle');
  const verifying = item.status === 'verifying';
  const missing = missingForDecision(data.requirements, item.conclusion);
  const lockedReason = item.decisionUnlocked
    ? null
    : `${t.case.locked} ${format(t.case.lockedCount, {
        missing: [
          ...missing.requirements.map((r) => t.requirement[r]),
          ...(missing.conclusion ? [t.case.noConclusion] : []),
        ].join(t.history.listSeparator),
      })}`;
  const actions = caseActions(item, can, me.data?.user.id ?? null);
  const domains = campaign?.id === item.campaignId ? campaign.domains : [];

  const leadFields = [
    {
      key: 'lead',
      label: t.case.lead,
      children: (
        <Link to={leadHref(lead.id)} data-testid="case-lead-link">
          {`${lead.code} ${lead.summary}`}
        </Link>
      ),
    },
    {
      key: 'source',
      label: t.lead.source,
      children: lead.sourceRef
        ? format(t.common.withNote, { text: t.leadSource[lead.source], note: lead.sourceRef })
        : t.leadSource[lead.source],
    },
    { key: 'details', label: t.lead.details, children: <span className="pre-wrap">{lead.details}</span> },
    {
      key: 'concerned',
      label: t.lead.concernedUnits,
      children: [
        ...lead.concernedUnits.map((u) => u.name),
        ...lead.concernedPersons.map((p) => format(t.common.withNote, { text: p.name, note: p.unitName })),
      ].join(t.history.listSeparator),
    },
    { key: 'receivedOn', label: t.lead.receivedOn, children: formatDate(lead.receivedOn, locale) },
    { key: 'disposal', label: t.case.disposal, children: t.disposal[item.disposal] },
    { key: 'unit', label: t.case.unit, children: item.unitName },
    { key: 'handler', label: t.case.handler, children: item.handlerName },
    {
      key: 'dueDate',
      label: t.case.dueDate,
      children:
        item.status === 'decided' ? (
          formatDate(item.dueDate, locale)
        ) : (
          <DueDate
            dueDate={item.dueDate}
            overdue={item.overdue}
            workingDaysLeft={item.workingDaysLeft}
            testId="case-due"
          />
        ),
    },
    ...(item.proposal
      ? [
          {
            key: 'proposal',
            label: t.case.proposal,
            children: <span className="pre-wrap">{item.proposal}</span>,
          },
          { key: 'proposedBy', label: t.case.proposedBy, children: item.proposedByName },
        ]
      : []),
    ...(item.status === 'decided'
      ? [
          { key: 'decidedOn', label: t.case.decidedOn, children: formatDate(item.decidedOn, locale) },
          { key: 'approvedBy', label: t.case.approvedBy, children: item.approvedByName },
        ]
      : []),
  ];

  const main = (
    <Flex vertical gap={16}>
      <Card size="small" title={t.case.leadSummary}>
        <Details column={1} bordered items={leadFields} data-testid="case-details" />
      </Card>
      <VerificationCard item={item} editable={verifying && canHandle} />
      <FilesCard
        title={t.case.evidence}
        files={data.evidence}
        empty={t.case.noEvidence}
        canAdd={canHandle && item.status !== 'decided'}
        addLabel={t.case.addEvidence}
        pending={addEvidence.isPending}
        onAdd={(files) =>
          addEvidence.mutate(
            { id: item.id, unitId: item.unitId, files },
            { onSuccess: () => message.success(t.case.evidenceAdded), onError: (e) => onError(e) },
          )
        }
        testId="case-evidence"
      />
    </Flex>
  );

  return (
    <>
      <Flex vertical gap="small" className="page-header" data-testid="case-page">
        {back}
        <Typography.Text type="secondary" className="lead-code">
          {item.code} · {t.disposal[item.disposal]} · {item.unitName}
        </Typography.Text>
        <Typography.Title level={2} className="page-title" data-testid="case-title">
          {item.summary}
        </Typography.Title>
        <Flex gap="small" wrap align="center">
          <CaseStatusTag status={item.status} />
          <FormTag form={item.form} />
          {item.status !== 'decided' && (
            <DueDate
              dueDate={item.dueDate}
              overdue={item.overdue}
              workingDaysLeft={item.workingDaysLeft}
              testId="case-header-due"
            />
          )}
        </Flex>
        <Flex gap="small" wrap align="center" data-testid="case-actions">
          <CaseActionButtons item={item} actions={actions} lockedReason={lockedReason} />
          {canHandle && data.dualInquiries.length < 2 && (
            <Button icon={<BranchesOutlined />} onClick={() => setDual(true)} data-testid="case-dual-inquiry">
              {t.dualInquiry.open}
            </Button>
          )}
        </Flex>
        {actions.includes('propose') && lockedReason && (
          <Typography.Text type="secondary" data-testid="case-locked">
            {lockedReason}
          </Typography.Text>
        )}
        {actions.includes('approve') && <Typography.Text type="secondary">{t.case.fourEyes}</Typography.Text>}
      </Flex>
      {data.dualInquiryProposal && (
        <Alert
          type="warning"
          showIcon
          className="toolbar"
          title={t.dualInquiryProposal[data.dualInquiryProposal]}
          action={
            canHandle && data.dualInquiries.length < 2 ? (
              <Button size="small" onClick={() => setDual(true)} data-testid="case-dual-inquiry-proposal">
                {t.dualInquiry.open}
              </Button>
            ) : undefined
          }
          data-testid="case-dual-proposal"
          data-reason={data.dualInquiryProposal}
        />
      )}
      {item.status === 'proposed' && item.proposal && (
        <Alert
          type="info"
          showIcon
          className="toolbar"
          title={`${t.case.proposal}${t.history.labelSuffix}${item.proposedByName ?? ''}`}
          description={<span className="pre-wrap">{item.proposal}</span>}
          data-testid="case-proposal"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Tabs
            className="record-tabs"
            items={[
              { key: 'details', label: t.common.details, children: main },
              historyTab(t.history.tab, { recordType: 'accountability_case', id: item.id, personName }),
            ]}
          />
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <RequirementsCard detail={data} editable={verifying && canHandle} />
            <Card size="small" title={t.dualInquiry.title} data-testid="case-dual-inquiries">
              {data.dualInquiries.length === 0 ? (
                <Typography.Text type="secondary">{t.dualInquiry.none}</Typography.Text>
              ) : (
                <ul className="plain-list">
                  {data.dualInquiries.map((d) => (
                    <li key={d.leadId} style={{ marginBottom: 6 }}>
                      <Flex gap={6} wrap align="center">
                        <Typography.Text strong>{t.dualInquiryKind[d.kind]}</Typography.Text>
                        <Link to={leadHref(d.leadId)}>{`${d.code} ${d.summary}`}</Link>
                        <LeadStatusTag status={d.status} />
                      </Flex>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={24}>
          <DeterminationsCard detail={data} domains={domains} />
        </Col>
      </Row>
      {dual && <DualInquiryModal detail={data} onClose={() => setDual(false)} />}
    </>
  );
}
