import type { THomeView } from '@zhucun/core';
import { describe, expect, it } from 'vitest';
import { homeErrorField, homeFormValuesOf, newHomeValues, toHomeInput, yuanText } from './home-form.ts';

const VIEW: THomeView = {
  id: 7,
  villageCode: '140622100201',
  villageName: '东村',
  townshipCode: '140622100',
  townshipName: '金城镇',
  kind: 'farmhouse',
  title: '东村驻村干部农家小院',
  address: '东村三组 5 号',
  hasKitchen: true,
  shortfalls: [],
  lease: 'running',
  facilities: ['bed', '电暖气'],
  rooms: [
    { id: 1, label: '1号房', beds: 1, occupants: [] },
    { id: 2, label: '2号房', beds: 2, occupants: [] },
  ],
  contract: {
    landlord: '王大爷',
    startDate: '2026-01-01',
    endDate: '2027-12-31',
    annualRentFen: 600_050,
    hasFile: false,
  },
  photoIds: [],
  note: '',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('home form', () => {
  it('starts with the two standard rooms of one bed and the whole checklist', () => {
    const v = newHomeValues((n) => `${n}号房`, ['bed', 'desk'], '140622100201');
    expect(v.rooms).toEqual([
      { label: '1号房', beds: 1 },
      { label: '2号房', beds: 1 },
    ]);
    expect(v.facilities).toEqual(['bed', 'desk']);
    expect(v.villageCode).toBe('140622100201');
  });

  it('shows fen as yuan text without floating point', () => {
    expect(yuanText(600_000)).toBe('6000');
    expect(yuanText(600_050)).toBe('6000.50');
    expect(yuanText(7)).toBe('0.07');
  });

  it('round-trips a farmhouse: rent typed in yuan goes back as fen, rooms keep their ids', () => {
    const values = homeFormValuesOf(VIEW, '东村驻村干部农家小院');
    expect(values.title).toBe('');
    expect(values.contract?.annualRentFen).toBe('6000.50');
    const body = toHomeInput({ ...values, contract: { ...values.contract, annualRentFen: '6,200.5' } });
    expect(body.contract?.annualRentFen).toBe(620_050);
    expect(body.contract?.landlordPhone).toBeUndefined();
    expect(body.rooms).toEqual([
      { id: 1, label: '1号房', beds: 1 },
      { id: 2, label: '2号房', beds: 2 },
    ]);
    expect(body.facilities).toEqual(['bed', '电暖气']);
  });

  it('keeps a title of its own', () => {
    expect(homeFormValuesOf({ ...VIEW, title: '东村小院' }, '东村驻村干部农家小院').title).toBe('东村小院');
  });

  it('sends no contract for an apartment', () => {
    const values = homeFormValuesOf(VIEW, '');
    expect(toHomeInput({ ...values, kind: 'apartment' }).contract).toBeNull();
  });

  it('puts server errors on the field that shows them', () => {
    expect(homeErrorField('rooms.1')).toBe('rooms.1.label');
    expect(homeErrorField('rooms.0.id')).toBe('rooms.0.label');
    expect(homeErrorField('rooms.1.beds')).toBe('rooms.1.beds');
    expect(homeErrorField('facilities.2')).toBe('facilities');
    expect(homeErrorField('contract.endDate')).toBe('contract.endDate');
  });
});
