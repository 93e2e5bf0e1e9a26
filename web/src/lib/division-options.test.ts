import type { TDivisionNode } from '@zhucun/core';
import { describe, expect, it } from 'vitest';
import { divisionOptions, filterChoices, nodesOfLevel, onlyChoice } from './division-options.ts';

const node = (code: string, name: string, children: TDivisionNode[] = []): TDivisionNode => ({
  code,
  parentCode: null,
  name,
  level: code.length === 6 ? 'county' : code.length === 9 ? 'township' : 'village',
  kind: 'village',
  point: null,
  villageCount: 0,
  communityCount: 0,
  children,
});

const county = node('140622', '应县', [
  node('140622100', '金城镇', [node('140622100001', '东关社区居委会')]),
  node('140622101', '南河种镇'),
]);

describe('divisionOptions', () => {
  it('offers only the county for a county role', () => {
    const options = divisionOptions([county], 'county');
    expect(options).toEqual([{ value: '140622', title: '应县', selectable: true, children: [] }]);
    expect(onlyChoice(options)).toBe('140622');
  });

  it('offers townships under an unselectable county', () => {
    const [root] = divisionOptions([county], 'township');
    expect(root?.selectable).toBe(false);
    expect(root?.children.map((c) => [c.title, c.selectable, c.children.length])).toEqual([
      ['金城镇', true, 0],
      ['南河种镇', true, 0],
    ]);
  });

  it('drops townships without villages when a village is wanted', () => {
    const [root] = divisionOptions([county], 'village');
    expect(root?.children.map((c) => c.title)).toEqual(['金城镇']);
    expect(onlyChoice(divisionOptions([county], 'village'))).toBe('140622100001');
  });
});

describe('nodesOfLevel', () => {
  it('lists the townships of a county, and a township root as itself', () => {
    const townships = nodesOfLevel([county], 'township');
    expect(townships.length).toBeGreaterThan(0);
    expect(townships.every((n) => n.level === 'township')).toBe(true);
    expect(nodesOfLevel(townships.slice(0, 1), 'township')).toEqual(townships.slice(0, 1));
  });
});

describe('filterChoices', () => {
  const jincheng = county.children[0]!;
  it('offers a township administrator the villages of their only township at once', () => {
    expect(filterChoices([jincheng], undefined)).toEqual({
      townships: [{ value: '140622100', label: '金城镇' }],
      villages: [{ value: '140622100001', label: '东关社区居委会' }],
      township: '140622100',
    });
  });
  it('waits for a county’s user to pick a township, then offers its villages', () => {
    expect(filterChoices([county], undefined)).toMatchObject({ villages: [], township: undefined });
    expect(filterChoices([county], '140622100')).toMatchObject({
      villages: [{ value: '140622100001', label: '东关社区居委会' }],
      township: '140622100',
    });
    expect(filterChoices([county], '140622999')).toMatchObject({ villages: [], township: undefined });
  });
});
