import { describe, expect, it } from 'vitest';
import { normaliseLanguage, otherLanguage, readStoredLanguage } from './language.ts';

describe('language', () => {
  it('defaults to Chinese for missing or unknown values', () => {
    expect(normaliseLanguage(null)).toBe('zh-CN');
    expect(normaliseLanguage('fr-FR')).toBe('zh-CN');
    expect(normaliseLanguage('zh-CN')).toBe('zh-CN');
  });

  it('accepts any English variant', () => {
    expect(normaliseLanguage('en')).toBe('en-US');
    expect(normaliseLanguage('en-GB')).toBe('en-US');
  });

  it('offers the other language', () => {
    expect(otherLanguage('zh-CN')).toBe('en-US');
    expect(otherLanguage('en-US')).toBe('zh-CN');
  });

  it('reads the stored choice and survives a storage that throws', () => {
    expect(readStoredLanguage({ getItem: () => 'en-US' })).toBe('en-US');
    expect(
      readStoredLanguage({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe('zh-CN');
    expect(readStoredLanguage(undefined)).toBe('zh-CN');
  });
});
