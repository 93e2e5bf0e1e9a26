/** The county's clock: every day and night rule uses Asia/Shanghai (docs/rules.md §4). */
export const TIME_ZONE = 'Asia/Shanghai';

const minuteFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `2026-11-29 09:30`, Shanghai local time. */
export function formatLocalMinute(at: Date): string {
  return minuteFormat.format(at);
}

const dayFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (`YYYY-MM-DD`) in Shanghai at that instant: the server, not the phone, decides "today". */
export function localDate(at: Date): string {
  return dayFormat.format(at);
}
