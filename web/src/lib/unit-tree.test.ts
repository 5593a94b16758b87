import type { Unit } from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import { branchIds, buildUnitTree, filterUnitTree, subtreeIds } from './unit-tree';

function unit(id: string, parentId: string | null, name: string, sortOrder = 0): Unit {
  return {
    id,
    parentId,
    name,
    shortName: null,
    code: null,
    kind: 'government',
    level: 'city',
    sortOrder,
    path: id,
    createdAt: '',
    updatedAt: '',
  };
}

const units = [
  unit('c2', 'city', '乙局', 1),
  unit('city', null, '市政府'),
  unit('c1', 'city', '甲局', 1),
  unit('c0', 'city', '丙局', 0),
  unit('t1', 'c1', '甲局下属中心'),
  unit('orphan', 'outside-scope', '县政府'),
];

const names = (nodes: ReturnType<typeof buildUnitTree>): string[] => nodes.map((node) => node.unit.name);

describe('buildUnitTree', () => {
  it('nests units and treats units with an unseen parent as roots', () => {
    const tree = buildUnitTree(units);
    expect(names(tree)).toEqual(['市政府', '县政府']);
    expect(tree[0]!.children[1]!.children.map((node) => node.unit.id)).toEqual(['t1']);
  });

  it('orders siblings by sortOrder, then name', () => {
    const [city] = buildUnitTree(units);
    expect(names(city!.children)).toEqual(['丙局', '甲局', '乙局']);
  });
});

describe('filterUnitTree', () => {
  it('keeps matches with their ancestors', () => {
    const filtered = filterUnitTree(buildUnitTree(units), '中心');
    expect(names(filtered)).toEqual(['市政府']);
    expect(names(filtered[0]!.children)).toEqual(['甲局']);
  });
});

describe('subtreeIds and branchIds', () => {
  it('collects a unit and its descendants', () => {
    expect([...subtreeIds(units, 'c1')].sort()).toEqual(['c1', 't1']);
    expect(subtreeIds(units, 'city').size).toBe(5);
  });

  it('lists the nodes that have children', () => {
    expect(branchIds(buildUnitTree(units)).sort()).toEqual(['c1', 'city']);
  });
});
