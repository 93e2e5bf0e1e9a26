export type TFieldError = { field: string; message: string };
export type TNamePath = (string | number)[];

/** `roles.0.divisionCode` or `roles[0].divisionCode` → `['roles', 0, 'divisionCode']` (an antd NamePath). */
export function toNamePath(field: string): TNamePath {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Splits the server's field errors into those a form can show beside a field
 * (its first path segment is one of `fields`) and the rest, shown as a banner.
 */
export function splitFieldErrors(
  details: readonly TFieldError[],
  fields: readonly string[],
): { fields: { name: TNamePath; errors: string[] }[]; rest: string[] } {
  const byField = new Map<string, { name: TNamePath; errors: string[] }>();
  const rest: string[] = [];
  for (const detail of details) {
    const name = toNamePath(detail.field);
    if (typeof name[0] !== 'string' || !fields.includes(name[0])) {
      rest.push(detail.message);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(detail.message);
    byField.set(key, entry);
  }
  return { fields: [...byField.values()], rest };
}
