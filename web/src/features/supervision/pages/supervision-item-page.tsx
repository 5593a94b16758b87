import {
  ArrowLeftOutlined,
  BellOutlined,
  EditOutlined,
  FileSearchOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Popconfirm, Result, Row, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Details } from '../../../components/details';
import { ExtensionList } from '../../../components/extension-list';
import { ExtensionRequestModal } from '../../../components/extension-request-modal';
import { PageSpinner } from '../../../components/page-spinner';
import { ProgressReportModal } from '../../../components/progress-report-modal';
import { ProgressUpdates } from '../../../components/progress-updates';
import { RecordHistory } from '../../../components/record-history';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useCan } from '../../../lib/use-can';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { useRectificationItemsPage } from '../../rectification/api/list-rectification-items';
import { openRectificationFromHref, rectificationItemHref } from '../../rectification/module';
import { useDecideSupervisionExtension } from '../api/decide-supervision-extension';
import { useDeleteSupervisionItem } from '../api/delete-supervision-item';
import { useSupervisionItem } from '../api/get-supervision-item';
import { useReportSupervisionProgress } from '../api/report-supervision-progress';
import { useRequestSupervisionExtension } from '../api/request-supervision-extension';
import { EscalationSteps } from '../components/escalation-steps';
import { RemindModal } from '../components/remind-modal';
import { SupervisionActionButtons } from '../components/supervision-actions';
import { SupervisionColourTag } from '../components/supervision-colour-tag';
import { SupervisionDueDate } from '../components/supervision-due-date';
import { SupervisionFormDrawer, type SupervisionFormTarget } from '../components/supervision-form-drawer';
import { SupervisionProgressBar } from '../components/supervision-progress';
import { SupervisionStatusTag } from '../components/supervision-status-tag';
import { SupervisionTable } from '../components/supervision-table';
import { SUPERVISION_PATH, SUPERVISION_REMINDERS_PATH, supervisionItemHref } from '../module';
import { isDangerAction, supervisionActions } from '../supervision-actions';
import {
  SUPERVISION_EXTENSION_WORKFLOW,
  SUPERVISION_RUNNING_STATUSES,
  type SupervisionItemStatus,
} from '../types';

const running = (status: SupervisionItemStatus) =>
  (SUPERVISION_RUNNING_STATUSES as readonly SupervisionItemStatus[]).includes(status);
/** The states in which the lead unit reports progress (the first report starts the work). */
const REPORTING: readonly SupervisionItemStatus[] = ['accepted', 'in_progress', 'returned'];

/**
 * One supervision item, on a page of its own (notifications and histories link to it): its code,
 * title, colour and status; the task and the leader's instruction; the steps of the escalation
 * ladder reached; progress reports with evidence; sub-items; extension requests; the workflow's
 * buttons, 催办 for the assigning unit; and the record's history.
 */
export function SupervisionItemPage() {
  const { id } = useParams<{ id: string }>();
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const detail = useSupervisionItem(id);
  const campaign = useCurrentCampaign(can('campaign.read'));
  const report = useReportSupervisionProgress();
  const requestExtension = useRequestSupervisionExtension();
  const decide = useDecideSupervisionExtension();
  const remove = useDeleteSupervisionItem();
  const [form, setForm] = useState<SupervisionFormTarget | null>(null);
  const [reporting, setReporting] = useState(false);
  const [extending, setExtending] = useState(false);
  const [reminding, setReminding] = useState(false);
  const item = detail.data?.item;
  // The rectification items opened from this one (整改台账), linking back.
  const ledger = useRectificationItemsPage(
    { sourceId: id },
    id !== undefined && can('rectification.item.read'),
  );
  // The history names the responsible person by id: the current one by name.
  const personName = useCallback(
    (personId: string) =>
      personId === item?.responsiblePersonId ? (item.responsiblePersonName ?? undefined) : undefined,
    [item?.responsiblePersonId, item?.responsiblePersonName],
  );

  const back = (
    <Link to={SUPERVISION_PATH} data-testid="supervision-back">
      <ArrowLeftOutlined /> {t.supervision.back}
    </Link>
  );

  if (detail.isError) {
    const missing = detail.error instanceof ApiError && [403, 404].includes(detail.error.status);
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t.common.notFound : t.common.networkError}
        extra={back}
        data-testid="supervision-item-error"
      />
    );
  }
  if (!detail.data || !item) return <PageSpinner />;
  const { children, updates, extensions, escalations } = detail.data;

  const canManage = can('supervision.manage') && item.assignedByCaller;
  const canHandle = can('supervision.handle');
  const actions = supervisionActions(item, can);
  const openRequest = extensions.some((request) => request.status === 'requested');
  const editable = canManage && !['closed', 'suspended'].includes(item.status);
  const subject = {
    id: item.id,
    title: item.title,
    unitId: item.unitId,
    progress: item.progress,
    dueDate: item.dueDate,
  };

  const fields = [
    {
      key: 'code',
      label: t.supervision.code,
      children: <span className="supervision-code">{item.code}</span>,
    },
    { key: 'source', label: t.supervision.source, children: t.supervisionSource[item.source] },
    ...(item.source === 'leader_instruction'
      ? [
          {
            key: 'instruction',
            label: t.supervision.instruction,
            children: (
              <span className="pre-wrap" data-testid="supervision-instruction">
                {item.instructingLeader
                  ? format(t.common.withNote, { text: item.instruction ?? '', note: item.instructingLeader })
                  : item.instruction}
              </span>
            ),
          },
        ]
      : []),
    {
      key: 'task',
      label: t.supervision.task,
      children: (
        <span className="pre-wrap" data-testid="supervision-task">
          {item.task}
        </span>
      ),
    },
    { key: 'domain', label: t.supervision.domain, children: item.domainTitle },
    {
      key: 'unit',
      label: t.supervision.unit,
      children: <span data-testid="supervision-unit">{item.unitName}</span>,
    },
    { key: 'person', label: t.supervision.responsiblePerson, children: item.responsiblePersonName },
    { key: 'assignedBy', label: t.supervision.assignedBy, children: item.assignedByUnitName },
    { key: 'dueDate', label: t.supervision.dueDate, children: <SupervisionDueDate item={item} /> },
    { key: 'progress', label: t.supervision.progress, children: <SupervisionProgressBar item={item} /> },
    {
      key: 'milestones',
      label: t.supervision.milestones,
      children:
        item.milestones.length > 0 ? (
          <ul className="supervision-milestones">
            {item.milestones.map((milestone) => (
              <li key={`${milestone.title}-${milestone.dueDate}`}>
                {format(t.supervision.milestoneValue, {
                  title: milestone.title,
                  date: formatDate(milestone.dueDate, locale),
                })}
              </li>
            ))}
          </ul>
        ) : null,
    },
    ...(item.parentId
      ? [
          {
            key: 'parent',
            label: t.supervision.parent,
            children: (
              <Link to={supervisionItemHref(item.parentId)} data-testid="supervision-parent">
                {t.supervision.openItem}
              </Link>
            ),
          },
        ]
      : []),
    { key: 'updatedAt', label: t.supervision.updatedAt, children: formatDateTime(item.updatedAt, locale) },
  ];

  const toolbar = (
    <Flex gap="small" wrap data-testid="supervision-actions">
      <SupervisionActionButtons item={item} actions={actions.filter((action) => !isDangerAction(action))} />
      {canHandle && REPORTING.includes(item.status) && children.length === 0 && (
        <Button onClick={() => setReporting(true)} data-testid="supervision-report">
          {t.progress.report}
        </Button>
      )}
      {canHandle && running(item.status) && !openRequest && (
        <Button onClick={() => setExtending(true)} data-testid="supervision-request-extension">
          {t.extension.request}
        </Button>
      )}
      {canManage && running(item.status) && (
        <Button icon={<BellOutlined />} onClick={() => setReminding(true)} data-testid="supervision-remind">
          {t.supervision.remind}
        </Button>
      )}
      {canManage && campaign.data && item.parentId === null && editable && (
        <Button
          icon={<PlusOutlined />}
          onClick={() => setForm({ mode: 'create', parent: item })}
          data-testid="supervision-add-child"
        >
          {t.supervision.addChild}
        </Button>
      )}
      {editable && (
        <Button
          icon={<EditOutlined />}
          onClick={() => setForm({ mode: 'edit', item })}
          data-testid="supervision-edit"
        >
          {t.common.edit}
        </Button>
      )}
      {can('rectification.item.manage') && (
        <Link to={openRectificationFromHref('supervision_item', item.id)}>
          <Button icon={<FileSearchOutlined />} data-testid="supervision-open-rectification">
            {t.rectification.createFromSource}
          </Button>
        </Link>
      )}
      <SupervisionActionButtons item={item} actions={actions.filter(isDangerAction)} />
      {canManage && item.status === 'registered' && children.length === 0 && (
        <Popconfirm
          title={t.common.confirmDelete}
          okText={t.common.delete}
          cancelText={t.common.cancel}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            remove.mutate(item.id, {
              onSuccess: () => {
                message.success(t.common.deleted);
                navigate(SUPERVISION_PATH);
              },
              onError: (error) => onError(error),
            })
          }
        >
          <Button danger data-testid="supervision-delete">
            {t.common.delete}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );

  return (
    <>
      <Flex vertical gap="small" className="page-header supervision-header" data-testid="supervision-item">
        {back}
        <Typography.Text type="secondary" className="supervision-code" data-testid="supervision-code">
          {item.code}
        </Typography.Text>
        <Typography.Title level={2} className="page-title" data-testid="supervision-title">
          {item.title}
        </Typography.Title>
        <Flex gap="small" wrap align="center">
          <SupervisionColourTag colour={item.colour} />
          <SupervisionStatusTag status={item.status} />
          {item.parentId && <Typography.Text type="secondary">{t.supervision.childTag}</Typography.Text>}
        </Flex>
        {toolbar}
      </Flex>
      {/* Sub-items (配合单位) across the page: their table needs the width. */}
      {children.length > 0 && (
        <Card size="small" title={t.supervision.children} style={{ marginBottom: 16 }}>
          <SupervisionTable items={children} testId="supervision-children" />
        </Card>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            <Card size="small" title={t.common.details}>
              <Details column={1} bordered items={fields} data-testid="supervision-details" />
            </Card>
            <Card
              size="small"
              title={t.supervision.escalations}
              extra={
                <Link
                  to={`${SUPERVISION_REMINDERS_PATH}?${new URLSearchParams({ itemId: item.id, campaignId: item.campaignId })}`}
                  data-testid="supervision-item-reminders"
                >
                  {t.supervisionReminder.open}
                </Link>
              }
            >
              <EscalationSteps escalations={escalations} dueDate={item.dueDate} />
            </Card>
            <Card size="small" title={t.progress.updates}>
              {children.length > 0 && (
                <Typography.Paragraph type="secondary">
                  {t.supervision.hasChildrenReport}
                </Typography.Paragraph>
              )}
              <ProgressUpdates updates={updates} testIdPrefix="supervision" />
            </Card>
            {can('rectification.item.read') && (
              <Card size="small" title={t.rectification.linkedItems} data-testid="supervision-rectification">
                {ledger.items.length === 0 ? (
                  <Typography.Text type="secondary">{t.rectification.noLinkedItems}</Typography.Text>
                ) : (
                  <ul className="plain-list">
                    {ledger.items.map((linked) => (
                      <li key={linked.id}>
                        <Link to={rectificationItemHref(linked.id)}>{linked.problem}</Link>
                        {t.history.labelSuffix}
                        {t.rectificationStatus[linked.status]}
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
            )}
            <Card size="small" title={t.extension.list}>
              {openRequest && !canManage && (
                <Typography.Paragraph type="secondary" data-testid="supervision-extension-open">
                  {t.supervision.extensionOpen}
                </Typography.Paragraph>
              )}
              <ExtensionList
                requests={extensions}
                canDecide={canManage}
                workflow={SUPERVISION_EXTENSION_WORKFLOW}
                decide={decide}
              />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title={t.history.tab}>
            <RecordHistory recordType="supervision_item" id={item.id} personName={personName} />
          </Card>
        </Col>
      </Row>
      {reporting && (
        <ProgressReportModal subject={subject} report={report} onClose={() => setReporting(false)} />
      )}
      {extending && (
        <ExtensionRequestModal
          subject={subject}
          decider={{ label: t.supervision.assignedBy, unitName: item.assignedByUnitName }}
          hint={format(t.supervision.extensionHint, { unit: item.assignedByUnitName })}
          request={requestExtension}
          onClose={() => setExtending(false)}
        />
      )}
      {reminding && <RemindModal item={item} onClose={() => setReminding(false)} />}
      {form && campaign.data && (
        <SupervisionFormDrawer campaign={campaign.data} target={form} onClose={() => setForm(null)} />
      )}
    </>
  );
}
