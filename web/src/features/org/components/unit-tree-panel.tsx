import type { Unit } from '@zeren/contracts';
import { Card, Empty, Input, Tree, type TreeDataNode } from 'antd';
import { type Key, useMemo, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { branchIds, buildUnitTree, filterUnitTree, type UnitNode } from '../../../lib/unit-tree';
import { UnitTags } from './unit-tags';

function toTreeNodes(nodes: UnitNode[]): TreeDataNode[] {
  return nodes.map(({ unit, children }) => ({
    key: unit.id,
    title: (
      <span className="unit-tree-title" data-testid="unit-tree-node" data-unit-id={unit.id}>
        <span>{unit.name}</span>
        <span className="unit-tree-tags">
          <UnitTags unit={unit} />
        </span>
      </span>
    ),
    children: toTreeNodes(children),
  }));
}

interface UnitTreePanelProps {
  units: Unit[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

/**
 * Beyond this many units (a whole city has thousands) the tree renders only the rows in view
 * (a virtual list of fixed height) and opens with only the top units expanded, not everything.
 */
const LARGE_TREE = 300;
const LARGE_TREE_HEIGHT = 640;

/** The unit tree of the caller's scope with a name filter; selecting a node opens its detail. */
export function UnitTreePanel({ units, selectedId, onSelect }: UnitTreePanelProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const tree = useMemo(() => filterUnitTree(buildUnitTree(units), query), [units, query]);
  const allBranches = useMemo(() => branchIds(tree), [tree]);
  const large = units.length > LARGE_TREE;
  const topBranches = useMemo(
    () => tree.filter((node) => node.children.length > 0).map((node) => node.unit.id),
    [tree],
  );
  const [expanded, setExpanded] = useState<Key[] | null>(null);
  const treeData = useMemo(() => toTreeNodes(tree), [tree]);

  return (
    <Card size="small">
      <Input.Search
        allowClear
        placeholder={t.unit.filter}
        aria-label={t.unit.filter}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        data-testid="unit-filter"
        className="toolbar"
      />
      {tree.length === 0 ? (
        <Empty description={t.unit.empty} />
      ) : (
        <Tree
          data-testid="unit-tree"
          blockNode
          showLine
          treeData={treeData}
          {...(large ? { height: LARGE_TREE_HEIGHT } : {})}
          // While filtering, show every match; otherwise keep what the user expanded.
          expandedKeys={query ? allBranches : (expanded ?? (large ? topBranches : allBranches))}
          onExpand={(keys) => setExpanded(keys)}
          selectedKeys={selectedId ? [selectedId] : []}
          // Clicking the selected node again keeps it selected rather than clearing the detail.
          onSelect={(_keys, info) => onSelect(String(info.node.key))}
        />
      )}
    </Card>
  );
}
