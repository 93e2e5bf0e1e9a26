import { describe, expect, it } from 'vitest';
import { buildQuery, isUnsafeMethod, readCookie } from './http.ts';

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', () => {
    expect(readCookie('a=1; zc_csrf=abc%3D%3D; b=2', 'zc_csrf')).toBe('abc==');
  });
  it('does not match a cookie whose name only ends the same', () => {
    expect(readCookie('xzc_csrf=nope', 'zc_csrf')).toBeNull();
  });
  it('returns null when there are no cookies', () => {
    expect(readCookie('', 'zc_csrf')).toBeNull();
  });
});

describe('buildQuery', () => {
  it('drops empty values and encodes the rest', () => {
    expect(buildQuery({ q: '金城', role: undefined, page: 2, actor: '' })).toBe(
      `?q=${encodeURIComponent('金城')}&page=2`,
    );
  });
  it('is empty when nothing is set', () => {
    expect(buildQuery({ q: undefined })).toBe('');
    expect(buildQuery(undefined)).toBe('');
  });
});

describe('isUnsafeMethod', () => {
  it('flags writes only', () => {
    expect(isUnsafeMethod('GET')).toBe(false);
    expect(isUnsafeMethod('post')).toBe(true);
    expect(isUnsafeMethod('DELETE')).toBe(true);
  });
});
