import { describe, expect, it } from 'vitest';
import {
  correctionFor,
  formatYuan,
  fundingTotals,
  homeShortfalls,
  homeTitleOf,
  leaseState,
  parseYuan,
  type TFundingEntry,
  villageDisplayName,
} from './home.ts';

const FULL = ['bed', 'desk', 'wardrobe', 'heating', 'water_heater', 'washing_machine', 'internet'];

describe('the home standard (标准化家园)', () => {
  it('passes a home with two rooms with beds, a kitchen and the whole checklist', () => {
    expect(homeShortfalls({ rooms: [{ beds: 1 }, { beds: 2 }], hasKitchen: true, facilities: FULL })).toEqual(
      [],
    );
  });
  it('names everything missing: rooms, a bed, the kitchen, each facility', () => {
    expect(
      homeShortfalls({
        rooms: [{ beds: 0 }],
        hasKitchen: false,
        facilities: FULL.filter((f) => f !== 'internet'),
      }),
    ).toEqual([
      { kind: 'too_few_rooms', rooms: 1, min: 2 },
      { kind: 'room_without_bed', room: 1 },
      { kind: 'no_kitchen' },
      { kind: 'missing_facility', facility: 'internet' },
    ]);
  });
  it('checks against the county’s own list when it has one', () => {
    const home = { rooms: [{ beds: 1 }, { beds: 1 }], hasKitchen: true, facilities: ['bed'] };
    expect(homeShortfalls(home, ['bed'])).toEqual([]);
    expect(homeShortfalls(home, ['bed', 'air_conditioner'])).toEqual([
      { kind: 'missing_facility', facility: 'air_conditioner' },
    ]);
  });
});

describe('the funding ledger in fen (统一资金)', () => {
  const entries: TFundingEntry[] = [
    { id: 1, source: 'selectee_settlement', amountFen: 500_000, correctsId: null },
    { id: 2, source: 'team_funds', amountFen: 120_050, correctsId: null },
    { id: 3, source: 'team_funds', amountFen: -35_000, correctsId: null },
  ];
  it('totals by source and overall, with no floating point', () => {
    expect(fundingTotals(entries)).toEqual({
      bySource: { selectee_settlement: 500_000, team_funds: 85_050, township_party_award: 0, other: 0 },
      total: 585_050,
    });
  });
  it('corrects an entry by a new one that carries the difference and names it', () => {
    const fix = correctionFor(entries[2]!, -30_000);
    expect(fix).toEqual({ source: 'team_funds', amountFen: 5_000, correctsId: 3 });
    expect(fundingTotals([...entries, { id: 4, ...fix }]).bySource.team_funds).toBe(90_050);
  });
  it('reads and writes yuan exactly', () => {
    expect(formatYuan(123_450)).toBe('¥1,234.50');
    expect(formatYuan(-5)).toBe('-¥0.05');
    expect(parseYuan('1,234.5')).toBe(123_450);
    expect(parseYuan('0.1')).toBe(10);
    expect(parseYuan('19.99')).toBe(1_999);
    expect(parseYuan('1.234')).toBeNull();
    expect(parseYuan('abc')).toBeNull();
  });
});

describe('villageDisplayName', () => {
  it('names the village, not its committee', () => {
    expect(villageDisplayName('辛圐圙村委会')).toBe('辛圐圙村');
    expect(villageDisplayName('东关村民委员会')).toBe('东关村');
    expect(villageDisplayName('城南社区居委会')).toBe('城南社区');
    expect(villageDisplayName('南关村')).toBe('南关村');
  });
  it('titles a home without its own title after the village', () => {
    expect(homeTitleOf({ title: '', kind: 'farmhouse' }, '辛圐圙村委会')).toBe('辛圐圙村驻村干部农家小院');
    expect(homeTitleOf({ title: '东关公寓', kind: 'apartment' }, '东关村委会')).toBe('东关公寓');
  });
});

describe('leaseState', () => {
  it('flags a lease ending within 60 days, or ended', () => {
    expect(leaseState(null, '2026-11-29')).toBeNull();
    expect(leaseState('2027-12-31', '2026-11-29')).toBe('running');
    expect(leaseState('2027-01-28', '2026-11-29')).toBe('ending');
    expect(leaseState('2027-01-29', '2026-11-29')).toBe('running');
    expect(leaseState('2026-11-29', '2026-11-29')).toBe('ending');
    expect(leaseState('2026-11-28', '2026-11-29')).toBe('ended');
  });
});
