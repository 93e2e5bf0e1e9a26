import { idCheckChar } from '@zhucun/core';
import { describe, expect, it } from 'vitest';
import { ageOn, factsFromIdNumber } from './id-autofill.ts';

const valid = (first17: string) => `${first17}${idCheckChar(first17)}`;

describe('factsFromIdNumber', () => {
  it('reads birth date and sex (odd 17th digit = male) from a valid number', () => {
    expect(factsFromIdNumber(valid('14062219900315123'))).toEqual({
      birthDate: '1990-03-15',
      gender: 'male',
    });
    expect(factsFromIdNumber(valid('14062219881201002'))).toEqual({
      birthDate: '1988-12-01',
      gender: 'female',
    });
  });

  it('accepts a lower-case x and surrounding spaces', () => {
    // find a sequence whose check character is X
    const first17 = [
      '14062219900101001',
      '14062219900101002',
      '14062219900101003',
      '14062219900101004',
      '14062219900101005',
      '14062219900101006',
      '14062219900101007',
      '14062219900101008',
      '14062219900101009',
      '14062219900101010',
      '14062219900101011',
    ].find((f) => idCheckChar(f) === 'X');
    expect(first17).toBeDefined();
    expect(factsFromIdNumber(` ${first17}x `)?.birthDate).toBe('1990-01-01');
  });

  it('gives nothing for an incomplete number, a wrong check digit or an impossible date', () => {
    expect(factsFromIdNumber('1406221990')).toBeNull();
    const good = valid('14062219900315123');
    const wrong = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;
    expect(factsFromIdNumber(wrong)).toBeNull();
    expect(factsFromIdNumber(valid('14062219900231123'))).toBeNull();
    expect(factsFromIdNumber(undefined)).toBeNull();
  });
});

describe('ageOn', () => {
  it('counts full years', () => {
    expect(ageOn('1990-03-15', '2026-03-14')).toBe(35);
    expect(ageOn('1990-03-15', '2026-03-15')).toBe(36);
    expect(ageOn('bad', '2026-03-15')).toBeNull();
  });
});
