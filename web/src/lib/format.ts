import dayjs from 'dayjs';

/** `2026-03-01 08:30` in the browser's time zone; an empty string for null. */
export function formatDateTime(value: string | null | undefined, withSeconds = false): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format(withSeconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm') : value;
}

/** A share in percent with one decimal ("72.5%"), or "—" when there is nothing to share. */
export function shareText(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 1000) / 10}%` : '—';
}
