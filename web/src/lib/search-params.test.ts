import { describe, expect, it } from 'vitest';
import { changedParams } from './search-params.ts';

describe('changedParams', () => {
  const params = new URLSearchParams('township=140622100&kind=farmhouse&page=3');
  it('sets, removes, and keeps the rest', () => {
    expect(changedParams(params, { kind: undefined, village: '140622100201' }).toString()).toBe(
      'township=140622100&page=3&village=140622100201',
    );
  });
  it('goes back to page 1 on a paged list unless the page itself changes', () => {
    expect(changedParams(params, { kind: 'apartment' }, { paged: true }).get('page')).toBeNull();
    expect(changedParams(params, { page: '4' }, { paged: true }).get('page')).toBe('4');
  });
});
