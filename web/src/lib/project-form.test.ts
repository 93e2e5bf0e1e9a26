import type { TProject } from '@zhucun/core';
import { describe, expect, it } from 'vitest';
import {
  fenOf,
  newProjectValues,
  projectErrorField,
  projectFormValuesOf,
  toProjectInput,
} from './project-form.ts';

describe('the project form', () => {
  const filled = {
    ...newProjectValues(['140622100200'], 7),
    title: ' 日光温室蔬菜大棚 ',
    kind: 'industry' as const,
    claimantIds: [7, 9],
    targetWhat: '建成日光温室大棚',
    targetQuantity: 20,
    targetUnit: '座',
    targetDate: '2026-10-31',
    startDate: '2026-03-01',
    plannedEndDate: '2026-11-30',
    budgetYuan: '1,200,000.5',
    funding: [{ source: 'fiscal_linked' as const, amountYuan: '1000000' }, { amountYuan: '' }],
  };

  it('sends money in fen, never through floating point, and leaves the leader out of the claimants', () => {
    const input = toProjectInput(filled, new Map([[9, '负责销售']]));
    expect(input).toMatchObject({
      title: '日光温室蔬菜大棚',
      budgetFen: 120_000_050,
      funding: [{ source: 'fiscal_linked', amountFen: 100_000_000, note: '' }],
      claimants: [{ personId: 9, duty: '负责销售' }],
      beneficiaryHouseholds: 0,
    });
  });

  it('reads a typed amount: empty is nothing, a bad one is refused', () => {
    expect(fenOf('')).toBe(0);
    expect(fenOf('12.3')).toBe(1230);
    expect(fenOf('-5')).toBeNull();
    expect(fenOf('12.345')).toBeNull();
  });

  it('fills the form back from a project, yuan as typed', () => {
    const project = {
      ...toProjectInput(filled),
      villages: [{ code: '140622100200', name: '东关村委会' }],
      leader: { personId: 7, name: '张书记' },
      claimants: [{ personId: 9, name: '李委员', duty: '' }],
      funding: [{ source: 'fiscal_linked', amountFen: 100_000_000, note: '' }],
    } as unknown as TProject;
    expect(projectFormValuesOf(project)).toMatchObject({
      budgetYuan: '1200000.50',
      funding: [{ source: 'fiscal_linked', amountYuan: '1000000.00' }],
      claimantIds: [9],
      leaderPersonId: 7,
    });
  });

  it('shows the server’s field errors beside the inputs that hold them', () => {
    expect(projectErrorField('budgetFen')).toBe('budgetYuan');
    expect(projectErrorField('claimants.1.personId')).toBe('claimantIds');
    expect(projectErrorField('funding.0.amountFen')).toBe('funding.0.amountYuan');
    expect(projectErrorField('villageCodes.0')).toBe('villageCodes');
  });
});
