import { describe, expect, it } from 'vitest';
import { splitFieldErrors, toNamePath } from './form-errors.ts';

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
