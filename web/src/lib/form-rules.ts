import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from '../api/client.ts';
import { splitFieldErrors } from './form-errors.ts';

type TSchema = { safeParse(value: unknown): { success: boolean } };

/** An antd form rule backed by a core zod schema, so the form checks what the server checks. */
export function zodRule(schema: TSchema, message: string) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      if (!schema.safeParse(value).success) throw new Error(message);
    },
  };
}

/**
 * Shows an API error on a form: field details beside their fields, anything else
 * returned as the banner message (null when every detail found its field).
 */
export function applyApiError<T>(
  form: FormInstance<T>,
  error: unknown,
  fields: readonly string[],
): string | null {
  if (!(error instanceof ApiError) || error.details.length === 0) return errorMessage(error);
  const split = splitFieldErrors(error.details, fields);
  form.setFields(split.fields.map((f) => ({ name: f.name as never, errors: f.errors })));
  if (split.rest.length > 0) return split.rest.join('；');
  return split.fields.length > 0 ? null : error.message;
}
