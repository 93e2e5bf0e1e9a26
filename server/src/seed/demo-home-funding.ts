import { addDays, type TFundingSource } from '@zhucun/core';
import type { TRandom } from './demo-registry/random.ts';

/** A ledger entry of the demo county; a correction names its original by index in the same home's list. */
export type TDemoFundingEntry = {
  source: TFundingSource;
  direction: 'in' | 'out';
  /** Signed fen: money in > 0, out < 0; a correction holds the difference. */
  amountFen: number;
  date: string;
  purpose: string;
  corrects?: number;
  reason?: string;
};

/** What the ledger of a home draws on. */
export type TDemoFundingHome = {
  kind: 'apartment' | 'farmhouse';
  annualRentFen: number | null;
  /** Selectees (选调生) housed: ¥5,000 settlement allowance each. */
  selectees: number;
  /** A first secretary or work-team member lives there (team funds). */
  team: boolean;
};

const yuan = (n: number) => n * 100;

/** Spending a home may have had, with its range in yuan. */
const SPENDING: readonly (readonly [string, number, number])[] = [
  ['购置床、书桌、衣柜等家具', 2_000, 6_000],
  ['冬季取暖用煤及电暖器', 1_500, 4_000],
  ['购置安装电热水器', 1_200, 2_500],
  ['购置洗衣机', 1_500, 2_500],
  ['开通宽带网络（一年）', 600, 1_200],
  ['被褥、窗帘等生活用品', 800, 2_000],
];

/**
 * The ledger of one demo home over the year before `today` (2–6 entries): money in first (the
 * selectees' settlement allowance, team funds, the township Party-building award), then what was
 * bought and, for a farmhouse, the rent — each paid from the source that holds most, and only when
 * it holds enough, so no source and no home ends below zero.
 */
export function demoLedger(random: TRandom, home: TDemoFundingHome, today: string): TDemoFundingEntry[] {
  const target = random.int(2, 6);
  const entries: TDemoFundingEntry[] = [];
  const left = new Map<TFundingSource, number>();
  const income = (source: TFundingSource, amountFen: number, purpose: string) => {
    entries.push({
      source,
      direction: 'in',
      amountFen,
      date: addDays(today, -random.int(250, 360)),
      purpose,
    });
    left.set(source, (left.get(source) ?? 0) + amountFen);
  };
  if (home.selectees > 0)
    income('selectee_settlement', yuan(5_000) * home.selectees, `选调生一次性安置费（${home.selectees}人）`);
  if (home.team && random.chance(0.6))
    income('team_funds', yuan(random.int(3, 10) * 1_000), '第一书记和工作队经费用于家园建设');
  const rent = home.annualRentFen ?? 0;
  const most = () => Math.max(0, ...left.values());
  if (entries.length === 0 || random.chance(0.5) || most() < rent + yuan(2_000))
    income('township_party_award', yuan(random.int(10, 30) * 1_000), '市级乡镇党建奖补资金拨付');

  const spend = (purpose: string, amount: number) => {
    const [source, held] = [...left.entries()].sort((a, b) => b[1] - a[1])[0]!;
    if (amount > held) return;
    entries.push({
      source,
      direction: 'out',
      amountFen: -amount,
      date: addDays(today, -random.int(5, 240)),
      purpose,
    });
    left.set(source, held - amount);
  };
  if (home.kind === 'farmhouse' && rent > 0) spend('支付农家小院年租金', rent);
  for (const [purpose, min, max] of random.shuffle(SPENDING)) {
    if (entries.some((e) => e.direction === 'out') && entries.length >= target) break;
    spend(purpose, yuan(random.int(min / 100, max / 100) * 100));
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Adds a correction to a ledger that has room for one more entry: a spending entered too high
 * (the invoice said less), or an income entered too low (the bank statement said more). Both only
 * raise the balance. Returns false when the ledger has nothing to correct.
 */
export function addDemoCorrection(random: TRandom, entries: TDemoFundingEntry[], today: string): boolean {
  if (entries.length >= 6) return false;
  const i = entries.findIndex((e) => e.direction === 'out' && e.amountFen <= -yuan(1_000));
  const j = entries.findIndex((e) => e.direction === 'in');
  const index = i >= 0 && (j < 0 || random.chance(0.6)) ? i : j;
  if (index < 0) return false;
  const original = entries[index]!;
  const difference = yuan(random.int(2, 8) * 50);
  const date = addDays(original.date, random.int(3, 20));
  entries.push({
    source: original.source,
    direction: original.direction,
    amountFen: difference,
    date: date < today ? date : addDays(today, -1),
    purpose: original.purpose,
    corrects: index,
    reason:
      original.direction === 'out'
        ? '按发票金额更正，原录入金额多记'
        : '核对银行到账金额更正，原录入金额少记',
  });
  return true;
}
