import type { Unit } from '@zeren/contracts';
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { useT } from '../i18n/use-t';
import { useUnits } from '../lib/list-units';
import { buildUnitTree, type UnitNode } from '../lib/unit-tree';

/** The value standing for "no parent" when `includeRoot` is set. */
export const ROOT_UNIT = '__root__';

interface TreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children?: TreeOption[];
}

function toOptions(nodes: UnitNode[], disabledIds?: ReadonlySet<string>): TreeOption[] {
  return nodes.map(({ unit, children }: { unit: Unit; children: UnitNode[] }) => ({
    value: unit.id,
    title: unit.name,
    disabled: disabledIds?.has(unit.id) ?? false,
    children: toOptions(children, disabledIds),
  }));
}

type UnitTreeSelectProps = Omit<TreeSelectProps<string, TreeOption>, 'treeData'> & {
  /** Units that may not be picked (for a move: the unit itself and its subtree). */
  disabledIds?: ReadonlySet<string>;
  /** Offer "(top level)" as the first option, with the value ROOT_UNIT. */
  includeRoot?: boolean;
};

/** Picks one unit of the caller's scope from the unit tree; works as an antd Form control. */
export function UnitTreeSelect({ disabledIds, includeRoot = false, ...props }: UnitTreeSelectProps) {
  const t = useT();
  const { data: units = [], isLoading } = useUnits();
  const treeData = useMemo(() => {
    const options = toOptions(buildUnitTree(units), disabledIds);
    return includeRoot ? [{ value: ROOT_UNIT, title: t.unit.root }, ...options] : options;
  }, [units, disabledIds, includeRoot, t]);
  return (
    <TreeSelect<string, TreeOption>
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll={units.length <= 200}
      loading={isLoading}
      popupMatchSelectWidth={false}
      {...props}
      treeData={treeData}
    />
  );
}
