import {
  CADRE_CATEGORIES,
  PERSONNEL_STATUSES,
  type TCadreCategory,
  type TPersonnelStatus,
} from '@zhucun/core';

/** The ledger's filter and page, as sent to `GET /api/cadres` and kept in the URL. */
export type TCadreFilter = {
  q?: string;
  township?: string;
  village?: string;
  category?: TCadreCategory;
  unitId?: number;
  personnelStatus?: TPersonnelStatus;
  termEndingSoon?: true;
  termOverdue?: true;
  /** 星级 (staff reading ratings): at least / at most so many stars, over the tenure or last year. */
  starsMin?: number;
  starsMax?: number;
  starsOver?: 'last_year';
  page: number;
  pageSize: number;
};

export const DEFAULT_PAGE_SIZE = 20;
const PAGE_SIZES = [10, 20, 50, 100];

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

function starCount(value: string | null): number | undefined {
  return value && /^\d{1,2}$/.test(value) ? Number(value) : undefined;
}

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/**
 * Reads the filter from the URL; anything malformed is dropped rather than sent.
 * A village outside the chosen township is dropped too.
 */
export function filterFromParams(params: URLSearchParams): TCadreFilter {
  const q = params.get('q')?.trim().slice(0, 30);
  const township = params.get('township') ?? '';
  const village = params.get('village') ?? '';
  const pageSize = positiveInt(params.get('pageSize'));
  const filter: TCadreFilter = {
    q: q || undefined,
    township: /^\d{9}$/.test(township) ? township : undefined,
    village: /^\d{12}$/.test(village) ? village : undefined,
    category: oneOf(CADRE_CATEGORIES, params.get('category')),
    unitId: positiveInt(params.get('unitId')),
    personnelStatus: oneOf(PERSONNEL_STATUSES, params.get('personnelStatus')),
    termEndingSoon: params.get('termEndingSoon') === 'true' ? true : undefined,
    termOverdue: params.get('termOverdue') === 'true' ? true : undefined,
    starsMin: starCount(params.get('starsMin')),
    starsMax: starCount(params.get('starsMax')),
    starsOver: params.get('starsOver') === 'last_year' ? 'last_year' : undefined,
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: pageSize && PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
  if (filter.village && filter.township && !filter.village.startsWith(filter.township)) {
    filter.village = undefined;
  }
  return filter;
}

/** The URL form of a filter: only what differs from the defaults, in a stable order. */
export function paramsFromFilter(filter: TCadreFilter): URLSearchParams {
  const params = new URLSearchParams();
  const put = (key: string, value: string | number | boolean | undefined) => {
    if (value !== undefined && value !== '') params.set(key, String(value));
  };
  put('q', filter.q);
  put('township', filter.township);
  put('village', filter.village);
  put('category', filter.category);
  put('unitId', filter.unitId);
  put('personnelStatus', filter.personnelStatus);
  put('termEndingSoon', filter.termEndingSoon);
  put('termOverdue', filter.termOverdue);
  put('starsMin', filter.starsMin);
  put('starsMax', filter.starsMax);
  if (filter.starsMin !== undefined || filter.starsMax !== undefined) put('starsOver', filter.starsOver);
  if (filter.page !== 1) put('page', filter.page);
  if (filter.pageSize !== DEFAULT_PAGE_SIZE) put('pageSize', filter.pageSize);
  return params;
}

/** A filter change: back to page 1; a new township clears a village outside it. */
export function changeFilter(
  filter: TCadreFilter,
  change: Partial<Omit<TCadreFilter, 'page'>>,
): TCadreFilter {
  const next: TCadreFilter = { ...filter, ...change, page: 1 };
  if ('township' in change && next.village && !next.village.startsWith(next.township ?? '')) {
    next.village = undefined;
  }
  return next;
}

/** Whether any filter narrows the list (for the empty-state wording). */
export function isFiltered(filter: TCadreFilter): boolean {
  const { page: _page, pageSize: _size, starsOver: _over, ...rest } = filter;
  return Object.values(rest).some((v) => v !== undefined);
}
