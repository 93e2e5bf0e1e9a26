import { describe, expect, it } from 'vitest';
import { characterClasses, checkPassword } from './password-policy.ts';

const codes = (pw: string, username = 'wangfang', phone: string | null = '13812345678') =>
  checkPassword(pw, { username, phone }).map((p) => p.code);

describe('checkPassword (MLPS 2.0)', () => {
  it('accepts 8+ characters of 3 classes that are not common or personal', () => {
    expect(codes('Cadre#2024x')).toEqual([]);
    expect(codes('village-road-9')).toEqual([]);
  });
  it('refuses short passwords', () => {
    expect(codes('Ab1!x')).toContain('too_short');
  });
  it('counts character classes', () => {
    expect(characterClasses('abcdefgh')).toBe(1);
    expect(characterClasses('abcDEF12')).toBe(3);
    expect(codes('abcdefgh1')).toContain('too_few_classes');
  });
  it('refuses the username or phone, also inside the password', () => {
    expect(codes('Wangfang1!')).toContain('equals_identity');
    expect(codes('x13812345678X')).toContain('equals_identity');
  });
  it('refuses common passwords whatever their case', () => {
    expect(codes('P@ssw0rd')).toContain('common');
    expect(codes('Admin@123')).toContain('common');
  });
  it('follows a configured policy', () => {
    expect(
      checkPassword('abcdefghijkl', { username: 'u' }, { minLength: 12, minClasses: 1, forbidCommon: true }),
    ).toEqual([]);
  });
});
