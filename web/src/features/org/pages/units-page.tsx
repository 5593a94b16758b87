import { PlusOutlined } from '@ant-design/icons';
import type { Unit } from '@zeren/contracts';
import { Button, Card, Empty } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { PageSpinner } from '../../../components/page-spinner';
import { useT } from '../../../i18n/use-t';
import { useMe } from '../../../lib/get-me';
import { useUnits } from '../../../lib/list-units';
import { useOpenParam } from '../../../lib/open-param';
import { useCan } from '../../../lib/use-can';
import { MoveUnitModal } from '../components/move-unit-modal';
import { UnitDetail } from '../components/unit-detail';
import { UnitFormModal, type UnitFormTarget } from '../components/unit-form-modal';
import { UnitTreePanel } from '../components/unit-tree-panel';

type Dialog = { kind: 'form'; target: UnitFormTarget } | { kind: 'move'; unit: Unit } | null;

export function UnitsPage() {
  const t = useT();
  const can = useCan();
  const canWrite = can('org.unit.write');
  const { data: me } = useMe();
  // A top-level unit lies outside every unit subtree: only a city-wide scope may add one.
  const canAddRoot = canWrite && (me?.roles.some((role) => role.dataScope === 'all') ?? false);
  const { data: units = [], isPending } = useUnits();
  // Opened on one unit (a link from the audit log): it starts selected.
  const [openId] = useOpenParam();
  const [selectedId, setSelectedId] = useState<string | null>(openId);
  const [dialog, setDialog] = useState<Dialog>(null);

  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const selected = selectedId ? (byId.get(selectedId) ?? null) : null;
  const openForm = (target: UnitFormTarget) => setDialog({ kind: 'form', target });

  return (
    <>
      <PageHeader
        title={t.nav.units}
        extra={
          canAddRoot && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => openForm({ mode: 'create', parent: null })}
              data-testid="add-root-unit"
            >
              {t.unit.addRoot}
            </Button>
          )
        }
      />
      {isPending ? (
        <PageSpinner />
      ) : (
        <div className="units-layout">
          <UnitTreePanel units={units} selectedId={selected?.id ?? null} onSelect={setSelectedId} />
          {selected ? (
            <UnitDetail
              unit={selected}
              parentName={selected.parentId ? (byId.get(selected.parentId)?.name ?? null) : null}
              canWrite={canWrite}
              onAddChild={() => openForm({ mode: 'create', parent: selected })}
              onEdit={() => openForm({ mode: 'edit', unit: selected })}
              onMove={() => setDialog({ kind: 'move', unit: selected })}
              onDeleted={() => setSelectedId(selected.parentId)}
            />
          ) : (
            <Card>
              <Empty description={t.unit.selectHint} />
            </Card>
          )}
        </div>
      )}
      {dialog?.kind === 'form' && (
        <UnitFormModal
          target={dialog.target}
          onClose={(saved) => {
            setDialog(null);
            if (saved) setSelectedId(saved.id);
          }}
        />
      )}
      {dialog?.kind === 'move' && (
        <MoveUnitModal unit={dialog.unit} units={units} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
