import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimeImportNames } from '../../scripts/runtime-imports.ts';
import { checkDayEntry } from './day-entry-check.ts';

const entry = { day: 'village', work: '', roles: [] } as const;

describe('checkDayEntry', () => {
  it('asks for a word on the work of a day in the village or on official duty', () => {
    expect(checkDayEntry(entry)).toEqual([{ field: 'work', key: 'work_required' }]);
    expect(checkDayEntry({ ...entry, day: 'official_duty' })).toEqual([
      { field: 'work', key: 'work_required' },
    ]);
    expect(checkDayEntry({ ...entry, work: '入户走访' })).toEqual([]);
  });

  it('asks for nothing on a day of leave, rest or absence', () => {
    for (const day of ['leave', 'rest', 'absent'] as const)
      expect(checkDayEntry({ ...entry, day })).toEqual([]);
  });

  it('takes each of the four roles once', () => {
    const work = '调解纠纷';
    expect(checkDayEntry({ ...entry, work, roles: ['policy_advocate', 'policy_advocate'] })).toEqual([
      { field: 'roles', key: 'roles_repeated' },
    ]);
    expect(checkDayEntry({ ...entry, work, roles: ['policy_advocate', 'dispute_mediator'] })).toEqual([]);
  });
});

describe('what the cadre’s light pages import from core (docs/web.md §Size)', () => {
  it('runs without zod', () => {
    expect(runtimeImportNames(path.join(import.meta.dirname, 'day-entry-check.ts'))).toEqual([
      'day-entry-check.ts',
      'place.ts',
    ]);
  });
});
