import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Popconfirm, Result, Row, Steps, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Details } from '../../../components/details';
import { PageSpinner } from '../../../components/page-spinner';
import { RecordHistory } from '../../../components/record-history';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useCan, workflowActions } from '../../../lib/use-can';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { useSpotCheckPlan } from '../api/get-spot-check-plan';
import { useSpotCheckAction } from '../api/run-spot-check-action';
import { DrawInputs } from '../components/draw-inputs';
import { DrawLog } from '../components/draw-log';
import { DrawModal } from '../components/draw-modal';
import { FindingsTable } from '../components/findings-table';
import { PlanFormDrawer } from '../components/plan-form-drawer';
import { SpotCheckStatusTag } from '../components/spot-check-status-tag';
import { TargetDrawer } from '../components/target-drawer';
import { TargetsTable } from '../components/targets-table';
import { SPOT_CHECKS_PATH } from '../module';
import { SPOT_CHECK_PLAN_WORKFLOW, type SpotCheckPlanStatus } from '../types';

/** The wizard's steps and the step each status stands at. */
const CURRENT_STEP: Record<SpotCheckPlanStatus, number> = {
  draft: 0,
  committed: 2,
  drawn: 4,
  in_progress: 4,
  completed: 5,
  published: 6,
};

/**
 * One spot-check plan as a wizard: parameters → commit (the SHA-256 commitment) → the public
 * value → the draw shown step by step with its seed → results per target → findings → publish.
 * Each step is the workflow's action for the office; the targets' inspectors record results.
 */
export function SpotCheckPlanPage() {
  const { id } = useParams<{ id: string }>();
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const detail = useSpotCheckPlan(id);
  const campaign = useCurrentCampaign(can('campaign.read'));
  const action = useSpotCheckAction();
  const [editing, setEditing] = useState(false);
  const [drawing, setDrawing] = useState(false);
  const [openTarget, setOpenTarget] = useState<string | null>(null);

  const back = (
    <Link to={SPOT_CHECKS_PATH} data-testid="spot-check-back">
      <ArrowLeftOutlined /> {t.spotCheck.back}
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
  if (!detail.data) return <PageSpinner />;
  const { plan, targets, findings, steps, drawInput } = detail.data;
  const canManage = can('spotCheck.manage');
  const actions = workflowActions(SPOT_CHECK_PLAN_WORKFLOW, plan.status, can);

  // A roster entry by name: targets by unit, inspectors by name (the log names entries by id).
  const names = new Map<string, string>();
  for (const target of targets) {
    names.set(target.rosterId, target.unitName);
    for (const inspector of target.inspectors)
      names.set(
        inspector.rosterId,
        format(t.common.withNote, { text: inspector.name, note: inspector.unitName }),
      );
  }

  const run = (name: 'commit' | 'start' | 'complete' | 'publish') =>
    action.mutate(
      { id: plan.id, action: name },
      { onSuccess: () => message.success(t.spotCheckActionDone[name]), onError: (error) => onError(error) },
    );

  const toolbar = (
    <Flex gap="small" wrap data-testid="spot-check-actions">
      {canManage && plan.status === 'draft' && campaign.data && (
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="spot-check-edit">
          {t.common.edit}
        </Button>
      )}
      {actions.map((name) =>
        name === 'draw' ? (
          <Button
            key={name}
            type="primary"
            onClick={() => setDrawing(true)}
            data-testid="spot-check-action-draw"
          >
            {t.spotCheckAction.draw}
          </Button>
        ) : (
          <Popconfirm
            key={name}
            title={t.spotCheckAction[name]}
            description={
              <div style={{ maxWidth: 320 }}>
                {name === 'commit' ? t.spotCheck.commitHint : t.spotCheckActionHint[name]}
              </div>
            }
            okText={t.common.confirm}
            cancelText={t.common.cancel}
            onConfirm={() => run(name)}
          >
            <Button type="primary" loading={action.isPending} data-testid={`spot-check-action-${name}`}>
              {t.spotCheckAction[name]}
            </Button>
          </Popconfirm>
        ),
      )}
    </Flex>
  );

  const parameters = [
    { key: 'code', label: t.spotCheck.code, children: plan.code },
    { key: 'organiser', label: t.spotCheck.organiser, children: plan.unitName },
    { key: 'kind', label: t.spotCheck.kind, children: t.spotCheckKind[plan.kind] },
    { key: 'targetCount', label: t.spotCheck.targetCount, children: plan.targetCount },
    {
      key: 'cap',
      label: t.spotCheck.ratioCapPercent,
      children:
        plan.ratioCapPercent === null
          ? null
          : format(t.spotCheck.ratioValue, { percent: plan.ratioCapPercent }),
    },
    { key: 'inspectors', label: t.spotCheck.inspectorsPerTarget, children: plan.inspectorsPerTarget },
    {
      key: 'items',
      label: t.spotCheck.checkItems,
      children: plan.checkItems.map((i) => `${i.code} ${i.title}`).join(t.history.listSeparator),
    },
    {
      key: 'eligible',
      label: t.spotCheck.eligible,
      children:
        plan.eligibleTargets === null
          ? null
          : format(t.spotCheck.eligibleValue, {
              targets: plan.eligibleTargets,
              inspectors: plan.eligibleInspectors ?? 0,
            }),
    },
    { key: 'description', label: t.spotCheck.description, children: plan.description },
    {
      key: 'publishedAt',
      label: t.spotCheck.publishedAt,
      children: formatDateTime(plan.publishedAt, locale),
    },
  ];

  return (
    <>
      <Flex vertical gap="small" className="page-header" data-testid="spot-check-plan">
        {back}
        <Typography.Text type="secondary">{plan.code}</Typography.Text>
        <Typography.Title level={2} className="page-title" data-testid="spot-check-plan-title">
          {plan.title}
        </Typography.Title>
        <Flex gap="small" wrap align="center">
          <SpotCheckStatusTag status={plan.status} />
          <Typography.Text type="secondary">{t.spotCheckKind[plan.kind]}</Typography.Text>
        </Flex>
        {toolbar}
      </Flex>
      <Card size="small" title={t.spotCheck.steps} style={{ marginBottom: 16 }}>
        <Steps
          size="small"
          current={CURRENT_STEP[plan.status]}
          responsive
          data-testid="spot-check-steps"
          items={[
            { title: t.spotCheck.stepParameters },
            { title: t.spotCheck.stepCommit },
            { title: t.spotCheck.stepPublicValue },
            { title: t.spotCheck.stepDraw },
            { title: t.spotCheck.stepInspect },
            { title: t.spotCheck.stepPublish },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            <Card size="small" title={t.spotCheck.stepParameters}>
              <Details column={1} bordered items={parameters} data-testid="spot-check-parameters" />
            </Card>
            {plan.commitment && (
              <Card size="small" title={t.spotCheck.stepDraw}>
                <DrawInputs plan={plan} />
                {drawInput && (
                  <Typography.Paragraph
                    type="secondary"
                    copyable={{ text: drawInput }}
                    style={{ marginTop: 12, marginBottom: 0 }}
                  >
                    {t.spotCheck.drawInput}
                  </Typography.Paragraph>
                )}
              </Card>
            )}
            {steps.length > 0 && (
              <Card size="small" title={t.spotCheck.drawLog}>
                <DrawLog steps={steps} nameOf={(rosterId) => names.get(rosterId) ?? rosterId} />
              </Card>
            )}
            {targets.length > 0 && (
              <Card size="small" title={t.spotCheck.targets}>
                <TargetsTable targets={targets} onOpen={(target) => setOpenTarget(target.id)} />
              </Card>
            )}
            {targets.length > 0 && (
              <Card size="small" title={t.spotCheck.findings}>
                <FindingsTable findings={findings} canDispose={canManage} />
              </Card>
            )}
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title={t.history.tab}>
            <RecordHistory recordType="spot_check_plan" id={plan.id} />
          </Card>
        </Col>
      </Row>
      {editing && campaign.data && (
        <PlanFormDrawer campaign={campaign.data} plan={plan} onClose={() => setEditing(false)} />
      )}
      {drawing && <DrawModal plan={plan} onClose={() => setDrawing(false)} />}
      {openTarget && (
        <TargetDrawer id={openTarget} campaign={campaign.data ?? null} onClose={() => setOpenTarget(null)} />
      )}
    </>
  );
}
