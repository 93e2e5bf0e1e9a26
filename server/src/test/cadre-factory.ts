import { idCheckChar, type TCreateCadreRequest, type TPersonInput, type TPostingInput } from '@zhucun/core';

let sequence = 0;

/**
 * A fictional, valid GB 11643 number for a birth date and sex (address code 140622, Ying County).
 * Sequence codes 900–999 only: the demo registry uses 000–899, so the two never collide.
 */
export function makeIdNumber(birthDate: string, gender: 'male' | 'female'): string {
  sequence = (sequence + 2) % 100;
  const seq = String(900 + (gender === 'male' ? sequence | 1 : sequence & ~1));
  const first17 = `140622${birthDate.replaceAll('-', '')}${seq}`;
  return first17 + idCheckChar(first17);
}

let phoneCounter = 0;
/** A unique fictional mobile number. */
export function makePhone(): string {
  phoneCounter++;
  return `186${String((Date.now() % 1e5) * 1000 + phoneCounter)
    .padStart(8, '0')
    .slice(-8)}`;
}

let persons = 0;

/** A person that passes every check, with overrides. */
export function buildPerson(overrides: Partial<TPersonInput> = {}): TPersonInput {
  // a different birthday for each person (1995-01-01 onwards): with the sequence, ID numbers stay unique
  const birthDate =
    overrides.birthDate ?? new Date(Date.UTC(1995, 0, 1 + persons++)).toISOString().slice(0, 10);
  const gender = overrides.gender ?? 'female';
  return {
    name: '测试干部',
    gender,
    birthDate,
    idNumber: makeIdNumber(birthDate, gender),
    phone: makePhone(),
    politicalStatus: 'cpc_member',
    partyJoinDate: '2016-06-01',
    educationLevel: 'bachelor',
    fullTimeEducation: true,
    school: '山西大学',
    major: '农学',
    personnelStatus: 'civil_servant',
    homeUnit: '应县农业农村局',
    homePost: '科员',
    workStartDate: '2017-08-01',
    ...overrides,
  };
}

/** A posting in 金城镇 东关村委会 unless overridden. */
export function buildPosting(overrides: Partial<TPostingInput> = {}): TPostingInput {
  return {
    villageCode: '140622100200',
    category: 'graduate_official',
    postTitle: '村委会主任助理',
    startDate: '2025-09-01',
    ...overrides,
  };
}

export function buildCadre(overrides: Partial<TCreateCadreRequest> = {}): TCreateCadreRequest {
  return { person: buildPerson(), posting: buildPosting(), ...overrides };
}
