import { describe, expect, it } from 'vitest';
import { isWithin, splitFieldErrors, toNamePath } from './form-errors.ts';

describe('toNamePath', () => {
  it('understands dotted and bracketed indexes', () => {
    expect(toNamePath('roles.0.divisionCode')).toEqual(['roles', 0, 'divisionCode']);
    expect(toNamePath('roles[1].role')).toEqual(['roles', 1, 'role']);
    expect(toNamePath('newPassword')).toEqual(['newPassword']);
  });
});

describe('splitFieldErrors', () => {
  it('puts known fields beside the field and the rest in a banner', () => {
    const result = splitFieldErrors(
      [
        { field: 'newPassword', message: '太短' },
        { field: 'newPassword', message: '太常见' },
        { field: 'roles.0.divisionCode', message: '代码不对' },
        { field: 'somethingElse', message: '其他' },
      ],
      ['newPassword', 'roles'],
    );
    expect(result.fields).toEqual([
      { name: ['newPassword'], errors: ['太短', '太常见'] },
      { name: ['roles', 0, 'divisionCode'], errors: ['代码不对'] },
    ]);
    expect(result.rest).toEqual(['其他']);
  });
});

describe('nested fields', () => {
  it('maps person.idNumber onto the form name [person, idNumber]', () => {
    const result = splitFieldErrors(
      [
        { field: 'person.idNumber', message: '身份证号第18位校验码不正确' },
        { field: 'posting.villageCode', message: '不在您的管辖范围' },
        { field: 'person.ethnicity', message: '民族不对' },
        { field: 'personal', message: '不是 person' },
      ],
      ['person.idNumber', 'person.birthDate', 'posting'],
    );
    expect(result.fields).toEqual([
      { name: ['person', 'idNumber'], errors: ['身份证号第18位校验码不正确'] },
      { name: ['posting', 'villageCode'], errors: ['不在您的管辖范围'] },
    ]);
    expect(result.rest).toEqual(['民族不对', '不是 person']);
  });

  it('compares whole segments', () => {
    expect(isWithin(['person', 'idNumber'], 'person')).toBe(true);
    expect(isWithin(['personal'], 'person')).toBe(false);
    expect(isWithin(['person'], 'person.idNumber')).toBe(false);
  });
});
