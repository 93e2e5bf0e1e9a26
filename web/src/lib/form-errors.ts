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

/** Whether `name` is `field` (a dotted path such as `person.idNumber`) or lies inside it. */
export function isWithin(name: TNamePath, field: string): boolean {
  const prefix = toNamePath(field);
  return prefix.length > 0 && prefix.every((part, i) => name[i] === part);
}

/**
 * Splits the server's field errors into those a form can show beside a field (the
 * detail's path is one of `fields` or lies inside one: `roles` takes `roles.0.role`,
 * `person.idNumber` takes `person.idNumber` only) and the rest, shown as a banner.
 */
export function splitFieldErrors(
  details: readonly TFieldError[],
  fields: readonly string[],
): { fields: { name: TNamePath; errors: string[] }[]; rest: string[] } {
  const byField = new Map<string, { name: TNamePath; errors: string[] }>();
  const rest: string[] = [];
  for (const detail of details) {
    const name = toNamePath(detail.field);
    if (!fields.some((field) => isWithin(name, field))) {
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
