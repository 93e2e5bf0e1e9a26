import { describe, expect, it } from 'vitest';
import {
  byTownship,
  DESIGNATION_KIND_LABELS,
  DESIGNATION_KINDS,
  DESIGNATION_LEVEL_LABELS,
  DESIGNATION_LEVELS,
  designatedVillagesAsOf,
  labourersAsOf,
  OUTCOME_ACTION_LABELS,
  OUTCOME_ACTIONS,
  OUTCOME_FIGURE_LABELS,
  OUTCOME_FIGURES,
  OUTCOME_STATE_LABELS,
  OUTCOME_STATES,
  outcomeActionAllowed,
  type TDesignationFact,
  type TLabourReportFact,
} from './outcome.ts';

const A = '140622100201';
const B = '140622100202';
const C = '140622101201';

describe('labourers working away as of a date', () => {
  const reports: TLabourReportFact[] = [
    { villageCode: A, month: '2026-03', state: 'approved', labourers: 40 },
    { villageCode: A, month: '2026-05', state: 'approved', labourers: 45 },
    { villageCode: A, month: '2026-06', state: 'submitted', labourers: 99 },
    { villageCode: B, month: '2025-12', state: 'approved', labourers: 30 },
    { villageCode: B, month: '2026-07', state: 'approved', labourers: 31 },
    { villageCode: C, month: '2026-04', state: 'returned', labourers: 12 },
  ];

  it('takes each village’s latest approved month of the year up to the date’s month', () => {
    const got = labourersAsOf(reports, '2026-06-30');
    expect([...got.entries()]).toEqual([[A, { month: '2026-05', labourers: 45 }]]);
    const later = labourersAsOf(reports, '2026-07-01');
    expect(later.get(B)).toEqual({ month: '2026-07', labourers: 31 });
    expect(later.get(A)).toEqual({ month: '2026-05', labourers: 45 });
  });

  it('counts no report of last year, none waiting or returned', () => {
    const got = labourersAsOf(reports, '2026-01-31');
    expect(got.size).toBe(0);
    expect(labourersAsOf(reports, '2025-12-31').get(B)?.labourers).toBe(30);
  });

  it('sums by township', () => {
    const got = labourersAsOf(reports, '2026-07-31');
    expect(byTownship([...got].map(([code, v]) => [code, v.labourers]))).toEqual({ '140622100': 76 });
  });
});

describe('designated villages as of a date', () => {
  const d = (over: Partial<TDesignationFact>): TDesignationFact => ({
    villageCode: A,
    kind: 'rural_tourism',
    level: 'county',
    designatedOn: '2026-03-01',
    state: 'approved',
    ...over,
  });

  it('counts a village once per kind, at its highest level, from its date on, approved only', () => {
    const all = [
      d({}),
      d({ level: 'provincial', designatedOn: '2026-05-01' }),
      d({ villageCode: B, state: 'submitted' }),
      d({ villageCode: C, kind: 'great_wall', level: 'city' }),
    ];
    const before = designatedVillagesAsOf(all, '2026-04-30');
    expect([...(before.get('rural_tourism') ?? [])]).toEqual([[A, 'county']]);
    const after = designatedVillagesAsOf(all, '2026-05-01');
    expect([...(after.get('rural_tourism') ?? [])]).toEqual([[A, 'provincial']]);
    expect(after.get('great_wall')?.size).toBe(1);
    expect(designatedVillagesAsOf(all, '2026-02-28').size).toBe(0);
  });
});

describe('the review’s steps', () => {
  it('lets the enterer correct a returned or waiting one and the county decide only a waiting one', () => {
    expect(outcomeActionAllowed('submit', null)).toBe(true);
    expect(outcomeActionAllowed('correct', 'returned')).toBe(true);
    expect(outcomeActionAllowed('correct', 'approved')).toBe(false);
    expect(outcomeActionAllowed('approve', 'submitted')).toBe(true);
    expect(outcomeActionAllowed('approve', 'returned')).toBe(false);
    expect(outcomeActionAllowed('return', 'approved')).toBe(false);
  });
});

describe('the codes’ names', () => {
  const CJK = /[\u3400-\u9fff]/;
  it.each([
    ['designation kinds', DESIGNATION_KINDS, DESIGNATION_KIND_LABELS],
    ['designation levels', DESIGNATION_LEVELS, DESIGNATION_LEVEL_LABELS],
    ['states', OUTCOME_STATES, OUTCOME_STATE_LABELS],
    ['figures', OUTCOME_FIGURES, OUTCOME_FIGURE_LABELS],
    ['actions', OUTCOME_ACTIONS, OUTCOME_ACTION_LABELS],
  ] as const)('names every one of the %s in Chinese and in English', (_, codes, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    for (const c of codes) {
      const [zh, en] = (labels as Record<string, readonly [string, string]>)[c]!;
      expect(zh).toMatch(CJK);
      expect(en).not.toMatch(CJK);
    }
  });
});
