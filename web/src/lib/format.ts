import dayjs from 'dayjs';

/** `2026-03-01 08:30` in the browser's time zone; an empty string for null. */
export function formatDateTime(value: string | null | undefined, withSeconds = false): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format(withSeconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm') : value;
}
