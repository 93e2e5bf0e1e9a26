import type { TPersonnelStatus } from '@zhucun/core';
import type { TRandom } from './random.ts';
import type { TUnitSpec } from './units.ts';

/** 人员身份 of someone from the unit; `noTechnical` leaves out professional-technical staff. */
export function personnelStatusFor(rng: TRandom, unit: TUnitSpec, noTechnical = false): TPersonnelStatus {
  switch (unit.kind) {
    case 'party_government':
      return 'civil_servant';
    case 'public_institution':
      return rng.weighted<TPersonnelStatus>([
        ['institution_manager', 5],
        ['institution_staff', 3],
        ['professional_technical', noTechnical ? 0 : 4],
      ]);
    case 'state_enterprise':
      return 'other';
    default:
      return rng.chance(0.6) ? 'civil_servant' : 'institution_staff';
  }
}

const CIVIL_SERVANT: Record<'young' | 'middle' | 'senior', string[]> = {
  young: ['一级科员', '四级主任科员', '科员'],
  middle: ['四级主任科员', '三级主任科员', '副科长', '副主任'],
  senior: ['科长', '二级主任科员', '一级主任科员', '主任'],
};

function technicalPost(rng: TRandom, unitName: string, age: number): string {
  const senior = age >= 40;
  if (/医院|疾病/.test(unitName)) return rng.pick(senior ? ['副主任医师', '主管护师'] : ['主治医师', '医师']);
  if (/中学|学校/.test(unitName)) return senior ? '中学高级教师' : '中学一级教师';
  if (/农业|畜牧/.test(unitName))
    return rng.pick(senior ? ['高级农艺师', '兽医师'] : ['农艺师', '助理农艺师']);
  return senior ? '工程师' : '助理工程师';
}

/** The post held in the home unit (本单位职务), by kind of unit, status and age. */
export function homePostFor(rng: TRandom, unit: TUnitSpec, status: TPersonnelStatus, age: number): string {
  if (status === 'civil_servant') {
    const band = age < 30 ? 'young' : age < 42 ? 'middle' : 'senior';
    return rng.pick(CIVIL_SERVANT[band]);
  }
  if (status === 'professional_technical') return technicalPost(rng, unit.name, age);
  if (status === 'institution_manager')
    return rng.pick(age < 35 ? ['干事', '办公室副主任'] : ['办公室主任', '科室负责人']);
  if (unit.kind === 'state_enterprise') return rng.pick(['客户经理', '综合部专责', '班组长', '营业部主任']);
  return rng.pick(['干事', '工作人员', '副部长']);
}
