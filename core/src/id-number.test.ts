import { describe, expect, it } from 'vitest';
import {
  birthDateOfIdNumber,
  checkIdNumber,
  genderOfIdNumber,
  idCheckChar,
  maskIdNumber,
} from './id-number.ts';

describe('GB 11643 ID numbers', () => {
  it('computes the check character, X included', () => {
    expect(idCheckChar('11010519491231002')).toBe('X'); // the standard's own example
    expect(idCheckChar('44052418800101001')).toBe('4');
  });
  it('accepts a valid number and names what is wrong otherwise', () => {
    expect(checkIdNumber('11010519491231002X')).toBeNull();
    expect(checkIdNumber('110105194912310021')).toBe('check_digit');
    expect(checkIdNumber('11010519491231002x')).toBe('format');
    expect(checkIdNumber('1101051949123100')).toBe('format');
    expect(checkIdNumber('110105194902300021')).toBe('birth_date'); // 30 February
  });
  it('reads the birth date and sex', () => {
    expect(birthDateOfIdNumber('11010519491231002X')).toBe('1949-12-31');
    expect(birthDateOfIdNumber('110105200002290021')).toBe('2000-02-29');
    expect(birthDateOfIdNumber('110105190002290021')).toBeNull(); // 1900 was not a leap year
    expect(genderOfIdNumber('11010519491231002X')).toBe('female');
    expect(genderOfIdNumber('110105194912310011')).toBe('male');
  });
  it('masks the middle eight digits', () => {
    expect(maskIdNumber('140622199001011234')).toBe('140622********1234');
  });
});
