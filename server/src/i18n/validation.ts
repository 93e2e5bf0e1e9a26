import type { TErrorDetail } from '../errors.ts';
import { MESSAGE_KEYS, type TMessageKey } from './messages.ts';

type TIssueLike = {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
};

/** Turns one zod issue (as fastify-type-provider-zod reports it) into a field detail with a message key. */
export function detailOfIssue(issue: TIssueLike): TErrorDetail {
  const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const p = issue.params;
  const origin = String(p.origin ?? '');
  switch (issue.keyword) {
    case 'invalid_type':
      // zod reports a missing value as received undefined
      if (p.input === undefined && /received undefined/.test(issue.message ?? ''))
        return { field, key: 'required' };
      return { field, key: 'wrong_type', params: { expected: String(p.expected ?? '') } };
    case 'too_small': {
      const minimum = Number(p.minimum);
      if (origin === 'string')
        return minimum <= 1
          ? { field, key: 'required' }
          : { field, key: 'too_short_string', params: { minimum } };
      if (origin === 'array' || origin === 'set') return { field, key: 'too_few_items', params: { minimum } };
      return { field, key: 'too_small_number', params: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(p.maximum);
      if (origin === 'string') return { field, key: 'too_long_string', params: { maximum } };
      if (origin === 'array' || origin === 'set')
        return { field, key: 'too_many_items', params: { maximum } };
      return { field, key: 'too_big_number', params: { maximum } };
    }
    case 'invalid_format':
      return { field, key: 'bad_format' };
    case 'invalid_value':
    case 'invalid_enum_value':
      return { field, key: 'bad_choice' };
    case 'unrecognized_keys': {
      const keys = Array.isArray(p.keys) ? p.keys.join('、') : '';
      return { field: field ? `${field}.${keys}` : keys, key: 'unknown_field' };
    }
    case 'custom':
      // a refinement in core that says which rule it checks
      if (issue.message === 'duplicate') return { field, key: 'items_repeated' };
      // a refinement may name its message directly (award_one_holder …)
      if (MESSAGE_KEYS.includes(issue.message as TMessageKey))
        return { field, key: issue.message as TMessageKey };
      return { field, key: 'invalid' };
    default:
      return { field, key: 'invalid' };
  }
}
