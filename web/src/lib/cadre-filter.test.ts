import { describe, expect, it } from 'vitest';
import { changeFilter, filterFromParams, isFiltered, paramsFromFilter } from './cadre-filter.ts';

describe('filterFromParams', () => {
  it('reads every filter and the page', () => {
    const params = new URLSearchParams(
      'q=张&township=140622100&village=140622100201&category=graduate_official&unitId=7&personnelStatus=civil_servant&termEndingSoon=true&termOverdue=true&page=3&pageSize=50',
    );
    expect(filterFromParams(params)).toEqual({
      q: '张',
      township: '140622100',
      village: '140622100201',
      category: 'graduate_official',
      unitId: 7,
      personnelStatus: 'civil_servant',
      termEndingSoon: true,
      termOverdue: true,
      page: 3,
      pageSize: 50,
    });
  });

  it('drops malformed values and falls back to page 1 of 20', () => {
    const params = new URLSearchParams(
      'township=12&category=boss&unitId=-1&page=0&pageSize=999&termEndingSoon=1&termOverdue=yes',
    );
    expect(filterFromParams(params)).toEqual({
      q: undefined,
      township: undefined,
      village: undefined,
      category: undefined,
      unitId: undefined,
      personnelStatus: undefined,
      termEndingSoon: undefined,
      termOverdue: undefined,
      page: 1,
      pageSize: 20,
    });
  });

  it('drops a village outside the township', () => {
    const filter = filterFromParams(new URLSearchParams('township=140622101&village=140622100201'));
    expect(filter.village).toBeUndefined();
  });
});

describe('paramsFromFilter', () => {
  it('writes only what differs from the defaults and reads back the same', () => {
    const filter = filterFromParams(new URLSearchParams('category=first_secretary&page=2'));
    const params = paramsFromFilter(filter);
    expect(params.toString()).toBe('category=first_secretary&page=2');
    expect(filterFromParams(params)).toEqual(filter);
    expect(paramsFromFilter({ page: 1, pageSize: 20 }).toString()).toBe('');
  });
});

describe('changeFilter', () => {
  it('returns to page 1 and clears a village outside a new township', () => {
    const before = { township: '140622100', village: '140622100201', page: 4, pageSize: 20 };
    expect(changeFilter(before, { township: '140622101' })).toEqual({
      township: '140622101',
      village: undefined,
      page: 1,
      pageSize: 20,
    });
    expect(changeFilter(before, { q: 'x' }).village).toBe('140622100201');
  });
});

describe('isFiltered', () => {
  it('ignores the page', () => {
    expect(isFiltered({ page: 3, pageSize: 50 })).toBe(false);
    expect(isFiltered({ page: 1, pageSize: 20, termEndingSoon: true })).toBe(true);
  });
});

describe('the stars filter', () => {
  it('keeps stars in the URL, last year only with a bound, and drops malformed counts', () => {
    const filter = filterFromParams(new URLSearchParams('starsMin=2&starsOver=last_year'));
    expect(filter).toMatchObject({ starsMin: 2, starsOver: 'last_year' });
    expect(paramsFromFilter(filter).toString()).toBe('starsMin=2&starsOver=last_year');
    expect(filterFromParams(new URLSearchParams('starsMax=0')).starsMax).toBe(0);
    expect(filterFromParams(new URLSearchParams('starsMin=-1&starsMax=x')).starsMin).toBeUndefined();
    expect(paramsFromFilter({ page: 1, pageSize: 20, starsOver: 'last_year' }).toString()).toBe('');
    expect(isFiltered({ page: 1, pageSize: 20, starsOver: 'last_year' })).toBe(false);
    expect(isFiltered({ page: 1, pageSize: 20, starsMax: 0 })).toBe(true);
  });
});
