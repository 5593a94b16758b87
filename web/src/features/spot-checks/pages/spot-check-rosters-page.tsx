import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, type TableColumnsType, Tabs } from 'antd';
import { useState } from 'react';
import { ListTable } from '../../../components/list-table';
import { PageHeader } from '../../../components/page-header';
import { StatusTag } from '../../../components/status-tag';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { format } from '../../../i18n/format';
import { useT } from '../../../i18n/use-t';
import { useMe } from '../../../lib/get-me';
import { useCan } from '../../../lib/use-can';
import { useSpotCheckInspectorsPage } from '../api/list-spot-check-inspectors';
import { useSpotCheckItemsPage } from '../api/list-spot-check-items';
import { useSpotCheckRosterTargetsPage } from '../api/list-spot-check-roster-targets';
import { CheckItemDrawer, InspectorDrawer, RosterTargetDrawer } from '../components/roster-drawers';
import type { SpotCheckInspector, SpotCheckItem, SpotCheckRosterTarget } from '../types';

type Editing =
  | { kind: 'target'; entry?: SpotCheckRosterTarget }
  | { kind: 'inspector'; entry?: SpotCheckInspector }
  | { kind: 'item'; entry?: SpotCheckItem };

/** 在抽 / 已停用 */
function ActiveTag({ active }: { active: boolean }) {
  const t = useT();
  return (
    <StatusTag tone={active ? 'success' : 'default'}>
      {active ? t.spotCheck.active : t.spotCheck.inactive}
    </StatusTag>
  );
}

/**
 * 名录库: an organising unit's 检查对象名录库 (units), 执法检查人员名录库 (persons, with the units
 * each must avoid) and 随机抽查事项清单 — what its plans draw from.
 */
export function SpotCheckRostersPage() {
  const t = useT();
  const can = useCan();
  const me = useMe();
  const [organiser, setOrganiser] = useState<string | undefined>(undefined);
  const unitId = organiser ?? me.data?.unit.id;
  const [editing, setEditing] = useState<Editing | null>(null);
  const filters = { unitId };
  const targets = useSpotCheckRosterTargetsPage(filters);
  const inspectors = useSpotCheckInspectorsPage(filters);
  const items = useSpotCheckItemsPage(filters);
  const canManage = can('spotCheck.manage');
  const edit = (label: string, open: () => void) =>
    canManage && (
      <Button size="small" onClick={open}>
        {label}
      </Button>
    );

  const targetColumns: TableColumnsType<SpotCheckRosterTarget> = [
    { key: 'unit', title: t.spotCheck.targetUnit, dataIndex: 'targetUnitName' },
    { key: 'category', title: t.spotCheck.category, dataIndex: 'category' },
    { key: 'note', title: t.spotCheck.note, dataIndex: 'note' },
    { key: 'active', title: t.spotCheck.active, render: (_, e) => <ActiveTag active={e.active} /> },
    {
      key: 'actions',
      title: t.common.actions,
      render: (_, e) => edit(t.common.edit, () => setEditing({ kind: 'target', entry: e })),
    },
  ];
  const inspectorColumns: TableColumnsType<SpotCheckInspector> = [
    { key: 'name', title: t.spotCheck.person, dataIndex: 'personName' },
    { key: 'unit', title: t.spotCheck.personUnit, dataIndex: 'personUnitName' },
    { key: 'certificate', title: t.spotCheck.certificateNo, dataIndex: 'certificateNo' },
    {
      key: 'conflicts',
      title: t.spotCheck.conflicts,
      render: (_, e) =>
        e.conflicts
          .map((c) => format(t.common.withNote, { text: c.unitName, note: c.reason }))
          .join(t.history.listSeparator),
    },
    { key: 'active', title: t.spotCheck.active, render: (_, e) => <ActiveTag active={e.active} /> },
    {
      key: 'actions',
      title: t.common.actions,
      render: (_, e) => edit(t.common.edit, () => setEditing({ kind: 'inspector', entry: e })),
    },
  ];
  const itemColumns: TableColumnsType<SpotCheckItem> = [
    { key: 'code', title: t.spotCheck.itemCode, dataIndex: 'code', width: 110 },
    { key: 'title', title: t.spotCheck.itemTitle, dataIndex: 'title' },
    { key: 'basis', title: t.spotCheck.basis, dataIndex: 'basis' },
    { key: 'method', title: t.spotCheck.method, dataIndex: 'method' },
    { key: 'active', title: t.spotCheck.active, render: (_, e) => <ActiveTag active={e.active} /> },
    {
      key: 'actions',
      title: t.common.actions,
      render: (_, e) => edit(t.common.edit, () => setEditing({ kind: 'item', entry: e })),
    },
  ];
  const add = (label: string, kind: Editing['kind']) =>
    canManage && (
      <Button
        type="primary"
        icon={<PlusOutlined />}
        onClick={() => setEditing({ kind })}
        data-testid={`spot-check-add-${kind}`}
      >
        {label}
      </Button>
    );

  return (
    <>
      <PageHeader title={t.nav.spotCheckRosters} />
      <Flex gap="small" wrap className="toolbar">
        <UnitTreeSelect
          aria-label={t.spotCheck.organiserFilter}
          placeholder={t.spotCheck.organiserFilter}
          value={unitId}
          onChange={(value) => setOrganiser(value || undefined)}
          style={{ minWidth: 240 }}
          data-testid="spot-check-roster-organiser"
        />
      </Flex>
      <Tabs
        items={[
          {
            key: 'targets',
            label: t.spotCheck.targetRoster,
            children: (
              <ListTable<SpotCheckRosterTarget>
                columns={targetColumns}
                pager={targets}
                exportList={{ operationId: 'exportSpotCheckRosterTargets', query: filters }}
                cardExtra={add(t.spotCheck.addTarget, 'target')}
                data-testid="spot-check-roster-targets"
              />
            ),
          },
          {
            key: 'inspectors',
            label: t.spotCheck.inspectorRoster,
            children: (
              <ListTable<SpotCheckInspector>
                columns={inspectorColumns}
                pager={inspectors}
                exportList={{ operationId: 'exportSpotCheckInspectors', query: filters }}
                cardExtra={add(t.spotCheck.addInspector, 'inspector')}
                data-testid="spot-check-roster-inspectors"
              />
            ),
          },
          {
            key: 'items',
            label: t.spotCheck.itemList,
            children: (
              <ListTable<SpotCheckItem>
                columns={itemColumns}
                pager={items}
                exportList={{ operationId: 'exportSpotCheckItems', query: filters }}
                cardExtra={add(t.spotCheck.addItem, 'item')}
                data-testid="spot-check-roster-items"
              />
            ),
          },
        ]}
      />
      {editing?.kind === 'target' && (
        <RosterTargetDrawer organiserId={unitId} entry={editing.entry} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'inspector' && (
        <InspectorDrawer organiserId={unitId} entry={editing.entry} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'item' && (
        <CheckItemDrawer organiserId={unitId} entry={editing.entry} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
