import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Popconfirm, Result, Row, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Details } from '../../../components/details';
import { PageSpinner } from '../../../components/page-spinner';
import { RecordHistory } from '../../../components/record-history';
import { useLocale, useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useCan } from '../../../lib/use-can';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { supervisionItemHref } from '../../supervision/module';
import { useDeleteRectificationItem } from '../api/delete-rectification-item';
import { useRectificationItem } from '../api/get-rectification-item';
import { EvidenceCard } from '../components/evidence-card';
import { RectificationActionButtons } from '../components/rectification-actions';
import { RectificationDueDate } from '../components/rectification-due-date';
import { RectificationFormDrawer } from '../components/rectification-form-drawer';
import { RectificationStatusTag } from '../components/rectification-status-tag';
import { RECTIFICATION_PATH } from '../module';
import { rectificationActions } from '../rectification-actions';

/** The states in which the unit edits an item and adds evidence: before it claims completion. */
const EDITABLE = ['pending', 'rectifying'];

/**
 * One ledger item on a page of its own (notifications and histories link to it): the problem,
 * its source (linking back to a supervision item), measures, responsible person, deadline,
 * status and what was done; the evidence; the buttons of the person's role at this step; and the
 * record's history.
 */
export function RectificationItemPage() {
  const { id } = useParams<{ id: string }>();
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const detail = useRectificationItem(id);
  const campaign = useCurrentCampaign(can('campaign.read'));
  const remove = useDeleteRectificationItem();
  const [editing, setEditing] = useState(false);
  const item = detail.data?.item;

  const back = (
    <Link to={RECTIFICATION_PATH} data-testid="rectification-back">
      <ArrowLeftOutlined /> {t.rectification.back}
    </Link>
  );

  if (detail.isError) {
    const missing = detail.error instanceof ApiError && [403, 404].includes(detail.error.status);
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t.common.notFound : t.common.networkError}
        extra={back}
        data-testid="rectification-item-error"
      />
    );
  }
  if (!detail.data || !item) return <PageSpinner />;

  const canManage = can('rectification.item.manage');
  const editable = canManage && EDITABLE.includes(item.status);
  const actions = rectificationActions(item, can);
  const source =
    item.source === 'supervision_item' && item.sourceId && can('supervision.read') ? (
      <Link to={supervisionItemHref(item.sourceId)} data-testid="rectification-source-link">
        {`${t.rectificationSource[item.source]} ${item.sourceLabel ?? ''}`}
      </Link>
    ) : (
      `${t.rectificationSource[item.source]}${item.sourceLabel ? ` ${item.sourceLabel}` : ''}`
    );

  const fields = [
    {
      key: 'problem',
      label: t.rectification.problem,
      children: <span className="pre-wrap">{item.problem}</span>,
    },
    { key: 'source', label: t.rectification.source, children: source },
    { key: 'unit', label: t.rectification.unit, children: item.unitName },
    { key: 'domain', label: t.rectification.domain, children: item.domainTitle },
    {
      key: 'conduct',
      label: t.rectification.conduct,
      children: item.conduct ? t.conduct[item.conduct] : null,
    },
    {
      key: 'measures',
      label: t.rectification.measures,
      children: item.measures && <span className="pre-wrap">{item.measures}</span>,
    },
    { key: 'person', label: t.rectification.responsiblePerson, children: item.responsiblePerson },
    { key: 'dueDate', label: t.rectification.dueDate, children: <RectificationDueDate item={item} /> },
    {
      key: 'completion',
      label: t.rectification.completion,
      children: item.completion && <span className="pre-wrap">{item.completion}</span>,
    },
    { key: 'updatedAt', label: t.rectification.updatedAt, children: formatDateTime(item.updatedAt, locale) },
  ];

  return (
    <>
      <Flex vertical gap="small" className="page-header" data-testid="rectification-item">
        {back}
        <Typography.Title
          level={2}
          className="page-title"
          ellipsis={{ rows: 2 }}
          data-testid="rectification-title"
        >
          {item.problem}
        </Typography.Title>
        <RectificationStatusTag item={item} />
        <Flex gap="small" wrap data-testid="rectification-actions">
          <RectificationActionButtons item={item} actions={actions} />
          {editable && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="rectification-edit">
              {t.common.edit}
            </Button>
          )}
          {canManage && item.status === 'pending' && item.source === 'self_inspection' && (
            <Popconfirm
              title={t.common.confirmDelete}
              okText={t.common.delete}
              cancelText={t.common.cancel}
              okButtonProps={{ danger: true }}
              onConfirm={() =>
                remove.mutate(item.id, {
                  onSuccess: () => {
                    message.success(t.common.deleted);
                    navigate(RECTIFICATION_PATH);
                  },
                  onError: (error) => onError(error),
                })
              }
            >
              <Button danger data-testid="rectification-delete">
                {t.common.delete}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            <Card size="small" title={t.common.details}>
              <Details column={1} bordered items={fields} data-testid="rectification-details" />
            </Card>
            <EvidenceCard item={item} evidence={detail.data.evidence} canAdd={editable} />
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title={t.history.tab}>
            <RecordHistory recordType="rectification_item" id={item.id} />
          </Card>
        </Col>
      </Row>
      {editing && (
        <RectificationFormDrawer
          campaign={campaign.data ?? null}
          target={{ mode: 'edit', item }}
          onClose={() => setEditing(false)}
        />
      )}
    </>
  );
}
