import { describe, expect, it } from 'vitest';
import { groupBy } from './group.ts';

describe('groupBy', () => {
  it('groups by the key, keeping the order within and between groups', () => {
    const rows = [
      { p: 2, d: 'a' },
      { p: 1, d: 'b' },
      { p: 2, d: 'c' },
    ];
    expect([...groupBy(rows, (r) => r.p)]).toEqual([
      [2, [rows[0], rows[2]]],
      [1, [rows[1]]],
    ]);
    expect(groupBy([], (r: { p: number }) => r.p).size).toBe(0);
  });
});
