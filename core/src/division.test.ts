import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildDivisionTree,
  flattenDivisionFile,
  levelOfCode,
  townshipKind,
  ZDivisionFile,
} from './division.ts';

const file = ZDivisionFile.parse(
  JSON.parse(readFileSync(new URL('../../server/reference/divisions-140622.json', import.meta.url), 'utf8')),
);

describe('Ying County divisions', () => {
  const { divisions, errors } = flattenDivisionFile(file);
  it('has the county, 12 townships and 223 villages and communities, each inside its parent', () => {
    expect(errors).toEqual([]);
    expect(divisions.filter((d) => d.level === 'county')).toHaveLength(1);
    expect(divisions.filter((d) => d.level === 'township')).toHaveLength(12);
    expect(divisions.filter((d) => d.level === 'village')).toHaveLength(223);
  });
  it('counts villages and communities up the tree', () => {
    const tree = buildDivisionTree(divisions);
    expect(tree.totals).toEqual({ townships: 12, villages: 214, communities: 9 });
    const county = tree.roots[0]!;
    expect(county.villageCount + county.communityCount).toBe(223);
    const jincheng = county.children.find((c) => c.name === '金城镇')!;
    expect([jincheng.villageCount, jincheng.communityCount]).toEqual([22, 9]);
  });
  it('builds a subtree when only a township is given', () => {
    const tree = buildDivisionTree(divisions.filter((d) => d.code.startsWith('140622101')));
    expect(tree.roots.map((r) => r.name)).toEqual(['南河种镇']);
    expect(tree.totals.townships).toBe(1);
  });
});

describe('codes', () => {
  it('reads the level from the code length', () => {
    expect(levelOfCode('140622')).toBe('county');
    expect(levelOfCode('140622100')).toBe('township');
    expect(levelOfCode('140622100201')).toBe('village');
    expect(levelOfCode('1406221')).toBeNull();
  });
  it('tells towns (镇) from townships (乡)', () => {
    expect(townshipKind('140622100')).toBe('town');
    expect(townshipKind('140622200')).toBe('township');
  });
  it('reports a village that is not inside its township', () => {
    const bad = {
      county: { code: '140622', name: '应县' },
      townships: [
        {
          code: '140622100',
          name: '金城镇',
          villages: [{ code: '140622101200', name: 'X', kind: 'village' as const }],
        },
      ],
    };
    expect(flattenDivisionFile(bad).errors).toEqual(['village 140622101200 is not inside 140622100']);
  });
});
