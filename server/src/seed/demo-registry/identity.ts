import { idCheckChar } from '@zhucun/core';
import type { TGender } from './names.ts';
import type { TRandom } from './random.ts';

export const YING_COUNTY = '140622';

/** Address codes of birth registration: Ying County first, then other counties of Shuozhou and Datong. */
const ADDRESS_CODES: (readonly [string, number])[] = [
  [YING_COUNTY, 70],
  ['140602', 8], // 朔城区
  ['140603', 3], // 平鲁区
  ['140621', 5], // 山阴县
  ['140623', 2], // 右玉县
  ['140624', 4], // 怀仁县
  ['140225', 4], // 浑源县
  ['140221', 1], // 阳高县
  ['140226', 1], // 左云县
  ['140211', 2], // 南郊区
];

/** Mobile prefixes of the three carriers (13x, 15x, 18x). */
const PHONE_PREFIXES = [
  '130 131 132 133 134 135 136 137 138 139',
  '150 151 152 153 155 157 158 159',
  '180 182 183 186 187 188 189',
]
  .join(' ')
  .split(' ');

/** The same ID number for someone born on `birthDate` instead: the birth digits and the check character change. */
export function idNumberBornOn(idNumber: string, birthDate: string): string {
  const first17 = `${idNumber.slice(0, 6)}${birthDate.replaceAll('-', '')}${idNumber.slice(14, 17)}`;
  return first17 + idCheckChar(first17);
}

/**
 * Fictional ID numbers (valid GB 11643 check character) and mobile numbers, each unique.
 * Sequence codes stay in 000–899: 900–999 are left free for tests and hand-made data, so they never collide.
 */
export function createIdentities(rng: TRandom) {
  const ids = new Set<string>();
  const phones = new Set<string>();
  const digits = (n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');
  return {
    /** An address code for someone born in Ying County (`local`) or anywhere nearby. */
    addressCode: (local: boolean) => (local ? YING_COUNTY : rng.weighted(ADDRESS_CODES)),
    idNumber(addressCode: string, birthDate: string, gender: TGender): string {
      for (;;) {
        const sex = rng.int(0, 4) * 2 + (gender === 'male' ? 1 : 0);
        const sequence = `${rng.int(0, 8)}${digits(1)}${sex}`;
        const first17 = `${addressCode}${birthDate.replaceAll('-', '')}${sequence}`;
        const id = first17 + idCheckChar(first17);
        if (ids.has(id)) continue;
        ids.add(id);
        return id;
      }
    },
    phone(): string {
      for (;;) {
        const phone = rng.pick(PHONE_PREFIXES) + digits(8);
        if (phones.has(phone)) continue;
        phones.add(phone);
        return phone;
      }
    },
  };
}
export type TIdentities = ReturnType<typeof createIdentities>;
