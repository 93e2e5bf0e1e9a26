import { describe, expect, it } from 'vitest';
import { isWorkingDay, weekYearOf } from './calendar.ts';
import { DEFAULT_COUNTY_RULES } from './county-rules.ts';
import { CN_PUBLIC_HOLIDAYS, publicHolidaysOf } from './holidays-cn.ts';
import { assessWeek, datesBetween, isoWeekday } from './presence.ts';
import { requestDeadlines } from './request.ts';

const WEEKDAY = ['', '一', '二', '三', '四', '五', '六', '日'];
const weekdayOf = (date: string) => WEEKDAY[isoWeekday(date)];

describe('China’s public holidays as the State Council published them', () => {
  it('holds 2022 to 2026, each year citing its notice, and no year not verified', () => {
    expect(Object.keys(CN_PUBLIC_HOLIDAYS)).toEqual(['2022', '2023', '2024', '2025', '2026']);
    expect(CN_PUBLIC_HOLIDAYS[2022]?.notice).toMatch(/^国办发明电〔2021〕11号/);
    expect(CN_PUBLIC_HOLIDAYS[2026]?.notice).toMatch(/^国办发明电〔2025〕7号/);
    expect(publicHolidaysOf(2027)).toEqual({ holidays: [], workdays: [] });
    expect(publicHolidaysOf(2021)).toEqual({ holidays: [], workdays: [] });
  });

  it('lasts each holiday the days its notice says (共…天)', () => {
    for (const year of Object.values(CN_PUBLIC_HOLIDAYS))
      for (const h of year.holidays) expect(datesBetween(h.from, h.to), h.name).toHaveLength(h.days);
  });

  it('moves work only to Saturdays and Sundays, never onto a holiday', () => {
    for (const y of [2022, 2023, 2024, 2025, 2026]) {
      const { holidays, workdays } = publicHolidaysOf(y);
      expect(workdays.length).toBeGreaterThan(0);
      expect(workdays.every((d) => isoWeekday(d) >= 6)).toBe(true);
      expect(workdays.filter((d) => holidays.includes(d))).toEqual([]);
    }
  });

  it('2026: 元旦 1–3 January (Thu–Sat), Sunday 4 January worked', () => {
    const { holidays, workdays } = publicHolidaysOf(2026);
    expect(holidays.filter((d) => d < '2026-01-31')).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(weekdayOf('2026-01-01')).toBe('四');
    expect(workdays).toContain('2026-01-04');
    expect(weekdayOf('2026-01-04')).toBe('日');
  });

  it('2026: Spring Festival 15–23 February, nine days, Saturdays 14 and 28 February worked', () => {
    const { holidays, workdays } = publicHolidaysOf(2026);
    expect(holidays.filter((d) => d.startsWith('2026-02'))).toEqual(datesBetween('2026-02-15', '2026-02-23'));
    expect([weekdayOf('2026-02-15'), weekdayOf('2026-02-23')]).toEqual(['日', '一']);
    expect(workdays.filter((d) => d.startsWith('2026-02'))).toEqual(['2026-02-14', '2026-02-28']);
    expect([weekdayOf('2026-02-14'), weekdayOf('2026-02-28')]).toEqual(['六', '六']);
  });

  it('2026: the other holidays and their working days, weekdays as the notice prints them', () => {
    const { holidays, workdays } = publicHolidaysOf(2026);
    const spans: [string, string, string, string][] = [
      ['2026-04-04', '2026-04-06', '六', '一'], // 清明节
      ['2026-05-01', '2026-05-05', '五', '二'], // 劳动节
      ['2026-06-19', '2026-06-21', '五', '日'], // 端午节
      ['2026-09-25', '2026-09-27', '五', '日'], // 中秋节
      ['2026-10-01', '2026-10-07', '四', '三'], // 国庆节
    ];
    for (const [from, to, first, last] of spans) {
      expect(
        datesBetween(from, to).every((d) => holidays.includes(d)),
        from,
      ).toBe(true);
      expect([weekdayOf(from), weekdayOf(to)]).toEqual([first, last]);
    }
    expect(holidays).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(workdays).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect([weekdayOf('2026-05-09'), weekdayOf('2026-09-20'), weekdayOf('2026-10-10')]).toEqual([
      '六',
      '日',
      '六',
    ]);
  });

  it('2025: the first year with 除夕 and a second day of 劳动节 (国办发明电〔2024〕12号)', () => {
    const { holidays, workdays } = publicHolidaysOf(2025);
    expect(holidays).toContain('2025-01-28'); // 除夕, a Tuesday
    expect(weekdayOf('2025-01-28')).toBe('二');
    expect(holidays.filter((d) => d.startsWith('2025-10'))).toEqual(datesBetween('2025-10-01', '2025-10-08'));
    expect(workdays).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
  });

  it('2023 begins 元旦 on 31 December 2022; 2024 joins 元旦 and 端午节 to the weekend', () => {
    expect(publicHolidaysOf(2023).holidays.slice(0, 3)).toEqual(['2022-12-31', '2023-01-01', '2023-01-02']);
    expect(publicHolidaysOf(2023).holidays).toContain('2023-04-05'); // 清明节, one day
    const y2024 = publicHolidaysOf(2024);
    expect(y2024.holidays).toContain('2024-01-01');
    expect(y2024.holidays).toContain('2024-06-10');
    expect(y2024.workdays).toEqual([
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ]);
  });

  it('2022: Spring Festival 31 January – 6 February with 29 and 30 January worked (国办发明电〔2021〕11号)', () => {
    const { holidays, workdays } = publicHolidaysOf(2022);
    expect(holidays).toContain('2022-01-31');
    expect(holidays).toContain('2022-02-06');
    expect(workdays).toEqual([
      '2022-01-29',
      '2022-01-30',
      '2022-04-02',
      '2022-04-24',
      '2022-05-07',
      '2022-10-08',
      '2022-10-09',
    ]);
  });
});

describe('the working calendar with the published days', () => {
  const calendar = publicHolidaysOf(2026);
  it('rests on the holidays and works on the adjusted Saturdays and Sundays', () => {
    expect(isWorkingDay('2026-10-01', calendar)).toBe(false);
    expect(isWorkingDay('2026-10-08', calendar)).toBe(true); // the Thursday after
    expect(isWorkingDay('2026-10-10', calendar)).toBe(true); // 调休, a Saturday
    expect(isWorkingDay('2026-09-20', calendar)).toBe(true); // 调休, a Sunday
    expect(isWorkingDay('2026-10-11', calendar)).toBe(false);
  });
  it('counts a week in the year of its Thursday', () => {
    expect(weekYearOf('2026-12-31')).toBe(2026);
    expect(weekYearOf('2027-01-03')).toBe(2026); // Sunday of the week of Thursday 31 December
    expect(weekYearOf('2025-12-29')).toBe(2026); // Monday of the week of Thursday 1 January
    expect(weekYearOf('2027-01-04')).toBe(2027);
  });
});

describe('五天四夜 with the published days', () => {
  const rules = { ...DEFAULT_COUNTY_RULES, ...publicHolidaysOf(2026) };
  const none: string[] = [];
  it('excuses the holidays of a week', () => {
    const w = assessWeek({
      monday: '2026-02-16',
      records: [],
      excusedDates: none,
      today: '2030-01-01',
      rules,
    });
    expect(w).toMatchObject({ excused: 7, requiredDays: 0, requiredNights: 0, status: 'complying' });
  });
  it('never excuses an adjusted working day, even one also listed as a holiday', () => {
    const both = { ...rules, holidays: [...rules.holidays, '2026-10-10'] };
    const w = assessWeek({
      monday: '2026-10-05',
      records: [],
      excusedDates: none,
      today: '2030-01-01',
      rules: both,
    });
    expect(w).toMatchObject({ excused: 3, requiredDays: 2, requiredNights: 1 }); // 5–7 October only
  });
});

describe('request deadlines in working days with the published days', () => {
  const calendar = publicHolidaysOf(2026);
  it('skip the National Day holidays and count the adjusted Saturday as a working day', () => {
    expect(requestDeadlines('2026-09-30', 'medical', 'normal', calendar).acceptBy).toBe('2026-10-08');
    expect(requestDeadlines('2026-10-09', 'medical', 'normal', calendar).acceptBy).toBe('2026-10-10');
  });
});
