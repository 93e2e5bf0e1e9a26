import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNTY_RULES, type TCountyRules } from './county-rules.ts';
import { addDays } from './posting.ts';
import { assessWeek, mondaysOfYear, type TDayRecord, weekDates } from './presence.ts';
import { countPresence, presenceYear, rangesFrom } from './presence-year.ts';
import { mulberry32 } from './spot-check.ts';

const YEAR = 2026;
const PLACES = ['village', 'official_duty', 'away', 'rest'] as const;

/** A random person's year: day records, leave, one or two postings, as bitmaps and as core records. */
function personOf(next: () => number, first: string, length: number) {
  const records: TDayRecord[] = [];
  let days = '';
  let nights = '';
  const place = () => (next() < 0.7 ? 'village' : PLACES[Math.floor(next() * PLACES.length)]!);
  for (let i = 0; i < length; i++) {
    const date = addDays(first, i);
    if (next() < 0.1) {
      days += '0';
      nights += '0';
      continue;
    }
    const r = { date, day: place(), night: place() } as TDayRecord;
    records.push(r);
    days += r.day === 'village' || r.day === 'official_duty' ? '1' : '0';
    nights += r.night === 'village' || r.night === 'official_duty' ? '1' : '0';
  }
  const leave = Array.from({ length: Math.floor(next() * 20) }, () =>
    addDays(first, Math.floor(next() * length)),
  );
  const start = addDays(first, Math.floor(next() * 120) - 30);
  const end = next() < 0.5 ? null : addDays(start, 60 + Math.floor(next() * 300));
  const ranges = [{ start, end }];
  if (end && next() < 0.5) ranges.push({ start: addDays(end, 10), end: null });
  return { records, leave, ranges, days, nights };
}

const postedOn = (ranges: readonly { start: string; end: string | null }[], date: string) =>
  ranges.some((r) => r.start <= date && (r.end === null || date <= r.end));

describe('五天四夜 over a week-year counted on day bitmaps (the rating step) agrees with assessWeek', () => {
  const mondays = mondaysOfYear(YEAR);
  const holidays = [`${YEAR}-10-01`, `${YEAR}-10-02`, `${YEAR}-10-05`, `${YEAR}-02-16`, `${YEAR}-02-17`];
  const cases: { rules: Partial<TCountyRules>; today: string }[] = [
    { rules: {}, today: `${YEAR + 1}-01-20` },
    { rules: { holidays }, today: `${YEAR + 1}-01-20` },
    { rules: { holidays, workdays: [`${YEAR}-10-05`] }, today: `${YEAR}-10-12` },
    { rules: { holidays, weekDays: 7, weekNights: 7 }, today: `${YEAR}-06-30` },
    { rules: { weekDays: 0, weekNights: 0 }, today: `${YEAR + 1}-01-20` },
    { rules: {}, today: mondays[0]! },
  ];

  it.each(cases)('rules $rules, today $today', ({ rules: partial, today }) => {
    const rules = { ...DEFAULT_COUNTY_RULES, ...partial };
    const y = presenceYear({ mondays, today, rules });
    const next = mulberry32(11);
    let assessed = 0;
    for (let n = 0; n < 40; n++) {
      const p = personOf(next, y.first, y.length);
      const counted = countPresence(y, p, 5);
      const weeks = mondays.map((monday) =>
        assessWeek({
          monday,
          records: p.records,
          excusedDates: p.leave,
          postedDates: weekDates(monday).filter((d) => postedOn(p.ranges, d)),
          today,
          rules,
        }),
      );
      const missed = weeks.filter((w) => w.status === 'not_complying');
      expect(counted).toEqual({
        assessed: weeks.filter((w) => w.status !== 'not_assessed').length,
        complying: weeks.filter((w) => w.status === 'complying').length,
        missedMondays: missed.slice(0, 5).map((w) => w.monday),
      });
      assessed += counted.assessed;
    }
    if (today > `${YEAR}-06-01`) expect(assessed).toBeGreaterThan(0);
  });

  it('reads a person without any day record as no week complying (unless nothing is required)', () => {
    const y = presenceYear({ mondays, today: `${YEAR + 1}-01-20`, rules: DEFAULT_COUNTY_RULES });
    const none = countPresence(
      y,
      { days: null, nights: null, leave: [], ranges: [{ start: y.first, end: null }] },
      2,
    );
    expect(none).toEqual({ assessed: mondays.length, complying: 0, missedMondays: mondays.slice(0, 2) });
  });

  it('assesses only the weeks asked for (the dashboard’s last week, this month’s)', () => {
    const only = [mondays[10]!, mondays[11]!, mondays[30]!];
    const y = presenceYear({ mondays, today: `${YEAR + 1}-01-20`, rules: DEFAULT_COUNTY_RULES, only });
    const none = countPresence(
      y,
      { days: null, nights: null, leave: [], ranges: [{ start: y.first, end: null }] },
      5,
    );
    expect(none).toEqual({ assessed: 3, complying: 0, missedMondays: only });
    // a week not yet ended is not assessed even when asked for
    const early = presenceYear({
      mondays,
      today: addDays(mondays[11]!, 3),
      rules: DEFAULT_COUNTY_RULES,
      only,
    });
    const partial = countPresence(
      early,
      { days: null, nights: null, leave: [], ranges: [{ start: y.first, end: null }] },
      5,
    );
    expect(partial.assessed).toBe(1);
  });

  it('assesses from a records-from date only the weeks wholly on or after it', () => {
    const ranges = [
      { start: '2025-11-01', end: '2026-03-31' },
      { start: '2026-05-01', end: null },
    ];
    expect(rangesFrom(ranges, '2026-04-15')).toEqual([{ start: '2026-05-01', end: null }]);
    expect(rangesFrom(ranges, '2026-07-01')).toEqual([{ start: '2026-07-01', end: null }]);
    const y = presenceYear({ mondays, today: `${YEAR + 1}-01-20`, rules: DEFAULT_COUNTY_RULES });
    const from = countPresence(
      y,
      {
        days: null,
        nights: null,
        leave: [],
        ranges: rangesFrom([{ start: y.first, end: null }], '2026-07-01'),
      },
      1,
    );
    // 1 July 2026 is a Wednesday: the first week assessed is that of Monday 6 July
    expect(from.assessed).toBe(mondays.filter((m) => m >= '2026-07-06').length);
    expect(from.missedMondays).toEqual(['2026-07-06']);
  });
});
