import type { TCadreProfile } from '@zhucun/core';
import { describe, expect, it } from 'vitest';
import { changedPersonFields, editValuesOf, toPersonInput, toPostingInput } from './cadre-form.ts';

const profile = {
  id: 1,
  name: '王小明',
  gender: 'male',
  ethnicity: '汉族',
  birthDate: '1995-05-05',
  idNumber: '140622********1234',
  phone: '138****5678',
  politicalStatus: 'cpc_member',
  partyJoinDate: null,
  educationLevel: 'bachelor',
  fullTimeEducation: true,
  school: '山西大学',
  major: null,
  personnelStatus: 'civil_servant',
  homeUnit: null,
  homePost: null,
  workStartDate: null,
  hasAccount: false,
  hasPhoto: false,
  posting: null,
  postings: [],
  flags: {
    termEndingSoon: false,
    termOverdueDays: null,
    mentoringEligible: false,
    firstSecretaryWarnings: [],
  },
} satisfies TCadreProfile;

describe('toPersonInput', () => {
  it('trims, upper-cases the ID number and sends empty optional texts as null', () => {
    const person = toPersonInput({
      ...editValuesOf(profile),
      name: ' 李四 ',
      idNumber: '14062219950505123x',
      phone: '13800000000',
      school: '  ',
      major: undefined,
    } as Parameters<typeof toPersonInput>[0]);
    expect(person.name).toBe('李四');
    expect(person.idNumber).toBe('14062219950505123X');
    expect(person.school).toBeNull();
    expect(person.major).toBeNull();
  });
});

describe('toPostingInput', () => {
  it('fills the optional parts with null and false', () => {
    expect(
      toPostingInput({
        villageCode: '140622100201',
        category: 'team_member',
        postTitle: ' 队员 ',
        startDate: '2026-01-01',
      }),
    ).toEqual({
      villageCode: '140622100201',
      category: 'team_member',
      postTitle: '队员',
      startDate: '2026-01-01',
      unitId: null,
      plannedEndDate: null,
      isTeamLeader: false,
    });
  });
});

describe('changedPersonFields', () => {
  it('sends only what changed and keeps a masked ID number and phone left empty', () => {
    const values = {
      ...editValuesOf(profile),
      school: '山西大学',
      major: '农学',
      idNumber: '',
      phone: undefined,
    };
    expect(changedPersonFields(profile, values)).toEqual({ major: '农学' });
  });

  it('sends a newly typed phone and a cleared text', () => {
    const values = { ...editValuesOf(profile), school: '', phone: '13900001111' };
    expect(changedPersonFields(profile, values)).toEqual({ school: null, phone: '13900001111' });
  });
});
