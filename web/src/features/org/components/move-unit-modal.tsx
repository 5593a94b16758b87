import type { Unit } from '@zeren/contracts';
import { App, Form, Modal } from 'antd';
import { useMemo } from 'react';
import { ROOT_UNIT, UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { subtreeIds } from '../../../lib/unit-tree';
import { useMoveUnit } from '../api/move-unit';

/** Moves a unit under another parent, or to the top level; its own subtree cannot be chosen. */
export function MoveUnitModal({ unit, units, onClose }: { unit: Unit; units: Unit[]; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ parentId: string }>();
  const moveUnit = useMoveUnit();
  const onError = useApiErrorHandler();
  const disabledIds = useMemo(() => subtreeIds(units, unit.id), [units, unit.id]);

  const onFinish = ({ parentId }: { parentId: string }) =>
    moveUnit.mutate(
      { id: unit.id, parentId: parentId === ROOT_UNIT ? null : parentId },
      {
        onSuccess: () => {
          message.success(t.common.saved);
          onClose();
        },
        onError: (error) => onError(error, form),
      },
    );

  return (
    <Modal
      open
      title={`${t.unit.moveTitle} · ${unit.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={moveUnit.isPending}
      okButtonProps={testId('move-unit-submit')}
    >
      <Form
        form={form}
        layout="vertical"
        name="move-unit"
        initialValues={{ parentId: unit.parentId ?? ROOT_UNIT }}
        onFinish={onFinish}
      >
        <Form.Item
          name="parentId"
          label={t.unit.newParent}
          rules={[{ required: true, message: t.common.required }]}
        >
          <UnitTreeSelect includeRoot disabledIds={disabledIds} data-testid="move-unit-parent" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
