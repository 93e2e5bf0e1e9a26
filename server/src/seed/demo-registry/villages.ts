import type { TRandom } from './random.ts';
import type { TDemoDivision } from './types.ts';

export type TTownship = { code: string; name: string; villages: string[] };

/** Townships in code order, each with its villages (村委会 only: communities get no dispatched cadres). */
export function townshipsOf(divisions: readonly TDemoDivision[]): TTownship[] {
  const sorted = [...divisions].sort((a, b) => a.code.localeCompare(b.code));
  const townships = sorted
    .filter((d) => d.level === 'township')
    .map((d) => ({ code: d.code, name: d.name, villages: [] as string[] }));
  const byCode = new Map(townships.map((t) => [t.code, t]));
  for (const d of sorted)
    if (d.level === 'village' && d.kind === 'village' && d.parentCode)
      byCode.get(d.parentCode)?.villages.push(d.code);
  return townships.filter((t) => t.villages.length > 0);
}

/** Splits `total` in proportion to `weights` (largest remainder; ties to the earlier index). */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w * total) / sum);
  const shares = exact.map(Math.floor);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left === 0) break;
    shares[i]!++;
    left--;
  }
  return shares;
}

/** `total` distinct villages, spread over the townships in proportion to their village counts. */
export function spreadVillages(rng: TRandom, townships: readonly TTownship[], total: number): string[] {
  const shares = apportion(
    townships.map((t) => t.villages.length),
    total,
  );
  return townships.flatMap((t, i) => rng.shuffle(t.villages).slice(0, shares[i]));
}
