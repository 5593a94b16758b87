import type { Unit } from '@zeren/contracts';

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

const collator = new Intl.Collator('zh-CN');

function compareUnits(a: Unit, b: Unit): number {
  return a.sortOrder - b.sortOrder || collator.compare(a.name, b.name);
}

/**
 * Builds the tree from the flat list the API returns. A unit whose parent is outside
 * the caller's scope becomes a root. Siblings are ordered by sortOrder, then name.
 */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const unit of [...units].sort(compareUnits)) nodes.set(unit.id, { unit, children: [] });
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Keeps the nodes whose name (or short name, or code) contains `query`, with their ancestors. */
export function filterUnitTree(nodes: readonly UnitNode[], query: string): UnitNode[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [...nodes];
  const matches = (unit: Unit) =>
    [unit.name, unit.shortName, unit.code].some((text) => text?.toLowerCase().includes(needle));
  return nodes.flatMap((node) => {
    if (matches(node.unit)) return [node];
    const children = filterUnitTree(node.children, needle);
    return children.length > 0 ? [{ ...node, children }] : [];
  });
}

/** The unit and everything below it: the parents a unit may not be moved under. */
export function subtreeIds(units: readonly Unit[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId && ids.has(unit.parentId) && !ids.has(unit.id)) {
        ids.add(unit.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Ids of every node that has children, for expanding a whole (filtered) tree. */
export function branchIds(nodes: readonly UnitNode[]): string[] {
  return nodes.flatMap((node) =>
    node.children.length > 0 ? [node.unit.id, ...branchIds(node.children)] : [],
  );
}
