import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Flex, Form, Input, Switch, Typography } from 'antd';
import type { ReactNode } from 'react';
import { UnitPersonSelect } from '../../../components/unit-person-select';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { blankToNull } from '../../../lib/form-values';
import { useSaveSpotCheckInspector } from '../api/save-spot-check-inspector';
import { useSaveSpotCheckItem } from '../api/save-spot-check-item';
import { useSaveSpotCheckRosterTarget } from '../api/save-spot-check-roster-target';
import type { SpotCheckInspector, SpotCheckItem, SpotCheckRosterTarget } from '../types';
import { useDrawerSize } from './drawer-size';

/** A roster form in a drawer: cancel and save at the top, the form below. */
function RosterDrawer({
  title,
  saving,
  onSubmit,
  onClose,
  testId,
  children,
}: {
  title: string;
  saving: boolean;
  onSubmit: () => void;
  onClose: () => void;
  testId: string;
  children: ReactNode;
}) {
  const t = useT();
  const size = useDrawerSize();
  return (
    <Drawer
      open
      title={title}
      size={size}
      onClose={onClose}
      data-testid={testId}
      extra={
        <Flex gap="small">
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button type="primary" loading={saving} onClick={onSubmit} data-testid={`${testId}-submit`}>
            {t.common.save}
          </Button>
        </Flex>
      }
    >
      {children}
    </Drawer>
  );
}

/** 检查对象: a unit on an organising unit's roster, its category, note and whether it is drawn. */
export function RosterTargetDrawer({
  organiserId,
  entry,
  onClose,
}: {
  organiserId: string | undefined;
  entry?: SpotCheckRosterTarget;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const save = useSaveSpotCheckRosterTarget();
  const onError = useApiErrorHandler();
  const done = {
    onSuccess: () => {
      message.success(t.common.saved);
      onClose();
    },
    onError: (e: unknown) => onError(e, form),
  };
  return (
    <RosterDrawer
      title={entry ? entry.targetUnitName : t.spotCheck.addTarget}
      saving={save.isPending}
      onSubmit={() => form.submit()}
      onClose={onClose}
      testId="spot-check-roster-target-drawer"
    >
      <Form
        form={form}
        layout="vertical"
        name="spot-check-roster-target"
        initialValues={
          entry
            ? { category: entry.category, note: entry.note, active: entry.active }
            : { unitId: organiserId, active: true }
        }
        onFinish={(v) => {
          const fields = { category: blankToNull(v.category), note: blankToNull(v.note) };
          if (entry) save.mutate({ id: entry.id, body: { ...fields, active: v.active } }, done);
          else save.mutate({ body: { unitId: v.unitId, targetUnitId: v.targetUnitId, ...fields } }, done);
        }}
      >
        {!entry && (
          <>
            <Form.Item
              name="unitId"
              label={t.spotCheck.organiser}
              rules={[{ required: true, message: t.common.required }]}
            >
              <UnitTreeSelect />
            </Form.Item>
            <Form.Item
              name="targetUnitId"
              label={t.spotCheck.targetUnit}
              rules={[{ required: true, message: t.common.required }]}
            >
              <UnitTreeSelect data-testid="spot-check-roster-target-unit" />
            </Form.Item>
          </>
        )}
        <Form.Item name="category" label={t.spotCheck.category}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="note" label={t.spotCheck.note}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
        </Form.Item>
        {entry && (
          <Form.Item name="active" label={t.spotCheck.active} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </RosterDrawer>
  );
}

interface InspectorValues {
  unitId?: string;
  personUnitId?: string;
  personId?: string;
  certificateNo?: string;
  conflicts: { unitId: string; reason: string }[];
  active: boolean;
}

/** 执法检查人员: a person on the roster, their certificate and the units they must avoid (回避). */
export function InspectorDrawer({
  organiserId,
  entry,
  onClose,
}: {
  organiserId: string | undefined;
  entry?: SpotCheckInspector;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<InspectorValues>();
  const personUnitId = Form.useWatch('personUnitId', form);
  const save = useSaveSpotCheckInspector();
  const onError = useApiErrorHandler();
  const done = {
    onSuccess: () => {
      message.success(t.common.saved);
      onClose();
    },
    onError: (e: unknown) => onError(e, form),
  };
  return (
    <RosterDrawer
      title={entry ? entry.personName : t.spotCheck.addInspector}
      saving={save.isPending}
      onSubmit={() => form.submit()}
      onClose={onClose}
      testId="spot-check-inspector-drawer"
    >
      <Form<InspectorValues>
        form={form}
        layout="vertical"
        name="spot-check-inspector"
        initialValues={
          entry
            ? {
                certificateNo: entry.certificateNo ?? undefined,
                conflicts: entry.conflicts.map((c) => ({ unitId: c.unitId, reason: c.reason })),
                active: entry.active,
              }
            : { unitId: organiserId, conflicts: [], active: true }
        }
        onValuesChange={(changed) => {
          if ('personUnitId' in changed) form.setFieldValue('personId', undefined);
        }}
        onFinish={(v) => {
          const fields = {
            certificateNo: blankToNull(v.certificateNo),
            conflicts: v.conflicts.map((c) => ({ unitId: c.unitId, reason: c.reason.trim() })),
          };
          if (entry) save.mutate({ id: entry.id, body: { ...fields, active: v.active } }, done);
          else save.mutate({ body: { unitId: v.unitId!, personId: v.personId!, ...fields } }, done);
        }}
      >
        {!entry && (
          <>
            <Form.Item
              name="unitId"
              label={t.spotCheck.organiser}
              rules={[{ required: true, message: t.common.required }]}
            >
              <UnitTreeSelect />
            </Form.Item>
            <Form.Item
              name="personUnitId"
              label={t.spotCheck.personUnit}
              rules={[{ required: true, message: t.common.required }]}
            >
              <UnitTreeSelect />
            </Form.Item>
            <Form.Item
              name="personId"
              label={t.spotCheck.person}
              rules={[{ required: true, message: t.common.required }]}
            >
              <UnitPersonSelect<string>
                unitId={personUnitId}
                noUnitPlaceholder={t.spotCheck.selectUnitFirst}
                data-testid="spot-check-inspector-person"
              />
            </Form.Item>
          </>
        )}
        <Form.Item name="certificateNo" label={t.spotCheck.certificateNo}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.List name="conflicts">
          {(fields, { add, remove }) => (
            <Form.Item label={t.spotCheck.conflicts} extra={t.spotCheck.ownUnitRecused}>
              <Flex vertical gap="small">
                {fields.map((field, index) => (
                  <Flex key={field.key} gap="small" align="start" wrap>
                    <Form.Item
                      name={[field.name, 'unitId']}
                      rules={[{ required: true, message: t.common.required }]}
                      style={{ flex: '1 1 200px', marginBottom: 0 }}
                    >
                      <UnitTreeSelect aria-label={`${t.spotCheck.conflictUnit} ${index + 1}`} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'reason']}
                      rules={[{ required: true, whitespace: true, message: t.common.required }]}
                      style={{ flex: '1 1 160px', marginBottom: 0 }}
                    >
                      <Input
                        maxLength={200}
                        placeholder={t.spotCheck.conflictReason}
                        aria-label={`${t.spotCheck.conflictReason} ${index + 1}`}
                      />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={`${t.spotCheck.removeConflict} ${index + 1}`}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ unitId: undefined, reason: '' })}
                >
                  {t.spotCheck.addConflict}
                </Button>
              </Flex>
            </Form.Item>
          )}
        </Form.List>
        {entry && (
          <Form.Item name="active" label={t.spotCheck.active} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        {entry && (
          <Typography.Text type="secondary">
            {t.spotCheck.personUnit}
            {t.history.labelSuffix}
            {entry.personUnitName}
          </Typography.Text>
        )}
      </Form>
    </RosterDrawer>
  );
}

/** 抽查事项: a check item of an organising unit's list. */
export function CheckItemDrawer({
  organiserId,
  entry,
  onClose,
}: {
  organiserId: string | undefined;
  entry?: SpotCheckItem;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const save = useSaveSpotCheckItem();
  const onError = useApiErrorHandler();
  const done = {
    onSuccess: () => {
      message.success(t.common.saved);
      onClose();
    },
    onError: (e: unknown) => onError(e, form),
  };
  return (
    <RosterDrawer
      title={entry ? entry.title : t.spotCheck.addItem}
      saving={save.isPending}
      onSubmit={() => form.submit()}
      onClose={onClose}
      testId="spot-check-item-drawer"
    >
      <Form
        form={form}
        layout="vertical"
        name="spot-check-item"
        initialValues={entry ? { ...entry } : { unitId: organiserId, active: true }}
        onFinish={(v) => {
          const fields = {
            code: String(v.code).trim(),
            title: String(v.title).trim(),
            basis: blankToNull(v.basis),
            method: blankToNull(v.method),
          };
          if (entry) save.mutate({ id: entry.id, body: { ...fields, active: v.active } }, done);
          else save.mutate({ body: { unitId: v.unitId, ...fields } }, done);
        }}
      >
        {!entry && (
          <Form.Item
            name="unitId"
            label={t.spotCheck.organiser}
            rules={[{ required: true, message: t.common.required }]}
          >
            <UnitTreeSelect />
          </Form.Item>
        )}
        <Form.Item
          name="code"
          label={t.spotCheck.itemCode}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t.spotCheck.itemTitle}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="basis" label={t.spotCheck.basis}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name="method" label={t.spotCheck.method}>
          <Input maxLength={500} />
        </Form.Item>
        {entry && (
          <Form.Item name="active" label={t.spotCheck.active} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </RosterDrawer>
  );
}
