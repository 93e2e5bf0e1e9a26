import type { TDivisionNode } from '@zhucun/core';
import { describe, expect, it } from 'vitest';
import { filterDivisionTree, nodesAtLevel } from './division-tree.ts';

const node = (code: string, name: string, children: TDivisionNode[] = []): TDivisionNode => ({
  code,
  parentCode: null,
  name,
  level: code.length === 6 ? 'county' : code.length === 9 ? 'township' : 'village',
  kind: code.length === 12 ? 'village' : 'town',
  point: null,
  villageCount: 0,
  communityCount: 0,
  children,
});

const county = node('140622', '应县', [
  node('140622100', '金城镇', [node('140622100001', '东关社区居委会'), node('140622100200', '西关村委会')]),
  node('140622101', '南河种镇', [node('140622101200', '西堡村委会')]),
]);

describe('filterDivisionTree', () => {
  it('keeps everything and expands the roots when the query is empty', () => {
    const result = filterDivisionTree([county], '  ');
    expect(result.nodes).toEqual([county]);
    expect(result.expandedKeys).toEqual(['140622']);
  });

  it('keeps matches with their ancestors and expands the path to them', () => {
    const result = filterDivisionTree([county], '西');
    const townships = result.nodes[0]?.children ?? [];
    expect(townships.map((t) => t.name)).toEqual(['金城镇', '南河种镇']);
    expect(townships[0]?.children.map((v) => v.name)).toEqual(['西关村委会']);
    expect(result.expandedKeys).toEqual(expect.arrayContaining(['140622', '140622100', '140622101']));
  });

  it('keeps the whole subtree of a matching township', () => {
    const result = filterDivisionTree([county], '金城');
    expect(result.nodes[0]?.children[0]?.children).toHaveLength(2);
  });

  it('returns nothing when nothing matches', () => {
    expect(filterDivisionTree([county], '不存在').nodes).toEqual([]);
  });
});

describe('nodesAtLevel', () => {
  it('lists the townships in order', () => {
    expect(nodesAtLevel([county], 'township').map((n) => n.code)).toEqual(['140622100', '140622101']);
  });
});
