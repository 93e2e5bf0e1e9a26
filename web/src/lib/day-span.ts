/** Days as a message names them: 12月2日, 12月2日—3日; 2 Dec, 2–3 Dec. */

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type TParts = { y: number; m: number; d: number };

function partsOf(date: string): TParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/**
 * A day or an unbroken span of days, short: the year is written only when it is not `thisYear`
 * (or the span crosses a new year). A text that is not a date is returned as it is.
 */
export function formatDaySpan(start: string, end: string, lang: string, thisYear: number): string {
  const a = partsOf(start);
  const b = partsOf(end || start) ?? a;
  if (!a || !b) return end && end !== start ? `${start}—${end}` : start;
  const crossesYear = a.y !== b.y;
  const showYear = crossesYear || a.y !== thisYear;
  if (lang === 'en-US') {
    const day = (p: TParts, withYear: boolean) => `${p.d} ${EN_MONTHS[p.m - 1]}${withYear ? ` ${p.y}` : ''}`;
    if (start === end || !end) return day(a, showYear);
    if (!crossesYear && a.m === b.m) return `${a.d}–${day(b, showYear)}`;
    return `${day(a, crossesYear)} – ${day(b, showYear)}`;
  }
  const year = (p: TParts) => `${p.y}年`;
  const day = (p: TParts, withYear: boolean) => `${withYear ? year(p) : ''}${p.m}月${p.d}日`;
  if (start === end || !end) return day(a, showYear);
  if (!crossesYear && a.m === b.m) return `${day(a, showYear)}—${b.d}日`;
  return `${day(a, showYear)}—${day(b, crossesYear)}`;
}

/** One day, short: 12月2日 / 2 Dec. */
export const formatDay = (date: string, lang: string, thisYear: number) =>
  formatDaySpan(date, date, lang, thisYear);
