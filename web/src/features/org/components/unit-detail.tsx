import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Unit } from '@zeren/contracts';
import { App, Button, Card, Flex, Popconfirm, Tabs } from 'antd';
import { Details } from '../../../components/details';
import { historyTab } from '../../../components/record-history';
import { useUnitTabs } from '../../../components/unit-tabs';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { useDeleteUnit } from '../api/delete-unit';
import { UnitTags } from './unit-tags';

interface UnitDetailProps {
  unit: Unit;
  parentName: string | null;
  canWrite: boolean;
  onAddChild: () => void;
  onEdit: () => void;
  onMove: () => void;
  onDeleted: () => void;
}

/** The selected unit's fields and, for writers, its actions. */
export function UnitDetail({
  unit,
  parentName,
  canWrite,
  onAddChild,
  onEdit,
  onMove,
  onDeleted,
}: UnitDetailProps) {
  const t = useT();
  const { message } = App.useApp();
  const deleteUnit = useDeleteUnit();
  const onError = useApiErrorHandler();
  const featureTabs = useUnitTabs(unit.id);

  const onDelete = () =>
    deleteUnit.mutate(unit.id, {
      onSuccess: () => {
        message.success(t.common.deleted);
        onDeleted();
      },
      onError: (error) => onError(error),
    });

  const actions = canWrite && (
    <Flex gap="small" wrap>
      <Button icon={<PlusOutlined />} onClick={onAddChild} data-testid="add-unit">
        {t.unit.addChild}
      </Button>
      <Button icon={<EditOutlined />} onClick={onEdit} data-testid="edit-unit">
        {t.common.edit}
      </Button>
      <Button icon={<DragOutlined />} onClick={onMove} data-testid="move-unit">
        {t.unit.move}
      </Button>
      <Popconfirm
        title={t.common.confirmDelete}
        okText={t.common.delete}
        cancelText={t.common.cancel}
        okButtonProps={{ danger: true, loading: deleteUnit.isPending }}
        onConfirm={onDelete}
      >
        <Button danger icon={<DeleteOutlined />} data-testid="delete-unit">
          {t.common.delete}
        </Button>
      </Popconfirm>
    </Flex>
  );

  const details = (
    <Flex vertical gap="middle">
      {actions}
      <Details
        column={{ xs: 1, sm: 1, md: 2 }}
        bordered
        items={[
          { key: 'name', label: t.unit.name, children: unit.name },
          { key: 'shortName', label: t.unit.shortName, children: unit.shortName },
          { key: 'code', label: t.unit.code, children: unit.code },
          { key: 'parent', label: t.unit.parent, children: parentName ?? t.unit.root },
          { key: 'kind', label: `${t.unit.kind} / ${t.unit.level}`, children: <UnitTags unit={unit} /> },
          { key: 'sortOrder', label: t.unit.sortOrder, children: unit.sortOrder },
        ]}
      />
    </Flex>
  );

  return (
    <Card title={unit.name} data-testid="unit-detail">
      <Tabs
        items={[
          { key: 'details', label: t.common.details, children: details },
          ...featureTabs,
          historyTab(t.history.tab, { recordType: 'unit', id: unit.id }),
        ]}
      />
    </Card>
  );
}
