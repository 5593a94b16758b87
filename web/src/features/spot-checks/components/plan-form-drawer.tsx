import type { Campaign } from '@zeren/contracts';
import { App, Button, Drawer, Flex, Form, Input, InputNumber, Radio } from 'antd';
import { SearchSelect } from '../../../components/search-select';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { blankToNull } from '../../../lib/form-values';
import { useMe } from '../../../lib/get-me';
import { useSpotCheckItemOptions } from '../api/list-spot-check-items';
import { useSaveSpotCheckPlan } from '../api/save-spot-check-plan';
import { SPOT_CHECK_KINDS, type SpotCheckKind, type SpotCheckPlan } from '../types';
import { useDrawerSize } from './drawer-size';

interface Values {
  unitId: string;
  title: string;
  description?: string;
  kind: SpotCheckKind;
  targetCount: number;
  ratioCapPercent?: number | null;
  inspectorsPerTarget: number;
  checkItemIds: string[];
}

/**
 * The plan's parameters (the wizard's first step): the organising unit, a general check with
 * its sampling cap or a key check without, how many targets, inspectors per target (at least
 * two) and the check items of the organiser's list. A committed plan is frozen.
 */
export function PlanFormDrawer({
  campaign,
  plan,
  onClose,
  onSaved,
}: {
  campaign: Campaign;
  plan?: SpotCheckPlan;
  onClose: () => void;
  onSaved?: (plan: SpotCheckPlan) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const save = useSaveSpotCheckPlan();
  const onError = useApiErrorHandler();
  const unitId = Form.useWatch('unitId', form);
  const kind = Form.useWatch('kind', form);
  const items = useSpotCheckItemOptions(unitId);
  const size = useDrawerSize();

  const initialValues: Partial<Values> = plan
    ? {
        unitId: plan.unitId,
        title: plan.title,
        description: plan.description ?? undefined,
        kind: plan.kind,
        targetCount: plan.targetCount,
        ratioCapPercent: plan.ratioCapPercent,
        inspectorsPerTarget: plan.inspectorsPerTarget,
        checkItemIds: plan.checkItems.map((item) => item.id),
      }
    : {
        unitId: me.data?.unit.id,
        kind: 'general',
        targetCount: 3,
        ratioCapPercent: 20,
        inspectorsPerTarget: 2,
        checkItemIds: [],
      };

  const onFinish = (values: Values) => {
    const fields = {
      title: values.title.trim(),
      description: blankToNull(values.description),
      kind: values.kind,
      targetCount: values.targetCount,
      ratioCapPercent: values.kind === 'general' ? (values.ratioCapPercent ?? null) : null,
      inspectorsPerTarget: values.inspectorsPerTarget,
      checkItemIds: values.checkItemIds,
    };
    const handlers = {
      onError: (error: unknown) => onError(error, form),
      onSuccess: (saved: SpotCheckPlan) => {
        message.success(t.common.saved);
        onClose();
        onSaved?.(saved);
      },
    };
    if (plan) save.mutate({ id: plan.id, body: fields }, handlers);
    else save.mutate({ body: { campaignId: campaign.id, unitId: values.unitId, ...fields } }, handlers);
  };

  return (
    <Drawer
      open
      title={plan ? t.spotCheck.editTitle : t.spotCheck.createTitle}
      size={size}
      onClose={onClose}
      data-testid="spot-check-plan-drawer"
      extra={
        <Flex gap="small">
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => form.submit()}
            data-testid="spot-check-plan-submit"
          >
            {t.common.save}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="spot-check-plan"
        initialValues={initialValues}
        onFinish={onFinish}
        onValuesChange={(changed) => {
          if ('unitId' in changed) form.setFieldValue('checkItemIds', []);
        }}
      >
        <Form.Item
          name="unitId"
          label={t.spotCheck.organiser}
          rules={[{ required: true, message: t.common.required }]}
        >
          <UnitTreeSelect disabled={plan !== undefined} data-testid="spot-check-plan-unit" />
        </Form.Item>
        <Form.Item
          name="title"
          label={t.spotCheck.title}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input maxLength={200} data-testid="spot-check-plan-title" />
        </Form.Item>
        <Form.Item name="description" label={t.spotCheck.description}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="kind" label={t.spotCheck.kind} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={SPOT_CHECK_KINDS.map((value) => ({ value, label: t.spotCheckKind[value] }))}
            data-testid="spot-check-plan-kind"
          />
        </Form.Item>
        <Flex gap="middle" wrap>
          <Form.Item
            name="targetCount"
            label={t.spotCheck.targetCount}
            rules={[{ required: true, message: t.common.required }]}
          >
            <InputNumber min={1} max={500} precision={0} data-testid="spot-check-plan-count" />
          </Form.Item>
          {kind === 'general' && (
            <Form.Item
              name="ratioCapPercent"
              label={t.spotCheck.ratioCapPercent}
              tooltip={t.spotCheck.ratioHelp}
              rules={[{ required: true, message: t.common.required }]}
            >
              <InputNumber min={1} max={100} precision={0} suffix="%" data-testid="spot-check-plan-cap" />
            </Form.Item>
          )}
          <Form.Item
            name="inspectorsPerTarget"
            label={t.spotCheck.inspectorsPerTarget}
            tooltip={t.spotCheck.inspectorsHelp}
            rules={[{ required: true, message: t.common.required }]}
          >
            <InputNumber min={2} max={10} precision={0} data-testid="spot-check-plan-inspectors" />
          </Form.Item>
        </Flex>
        <Form.Item
          name="checkItemIds"
          label={t.spotCheck.checkItems}
          rules={[{ required: true, message: t.common.required }]}
        >
          <SearchSelect<string[]>
            mode="multiple"
            disabled={!unitId}
            placeholder={unitId ? undefined : t.spotCheck.selectOrganiserFirst}
            list={items}
            options={items.items.map((item) => ({ value: item.id, label: `${item.code} ${item.title}` }))}
            known={
              plan?.checkItems.map((item) => ({ value: item.id, label: `${item.code} ${item.title}` })) ?? []
            }
            data-testid="spot-check-plan-items"
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
