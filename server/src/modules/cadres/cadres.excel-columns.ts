import {
  CADRE_CATEGORIES,
  EDUCATION_LEVELS,
  PERSONNEL_STATUSES,
  POLITICAL_STATUSES,
  type TEducationLevel,
  type TPersonnelStatus,
  type TPoliticalStatus,
  type TPosting,
} from '@zhucun/core';
import type { TPersonRow } from './cadres.repository.ts';

/** Chinese labels of the coded values, as people write them in the ledger. */
export const LABELS = {
  gender: { male: '男', female: '女' },
  category: {
    party_secretary: '村党组织书记',
    graduate_official: '到村任职大学生',
    selected_graduate: '选调生',
    first_secretary: '第一书记',
    team_member: '工作队员',
    village_committee: '村两委干部',
  },
  politicalStatus: {
    cpc_member: '中共党员',
    cpc_probationary: '中共预备党员',
    cyl_member: '共青团员',
    democratic_party: '民主党派',
    masses: '群众',
  },
  educationLevel: {
    doctorate: '博士研究生',
    master: '硕士研究生',
    bachelor: '大学本科',
    junior_college: '大学专科',
    secondary: '中专/高中',
    below: '初中及以下',
  },
  personnelStatus: {
    civil_servant: '公务员',
    institution_manager: '事业单位管理岗',
    professional_technical: '专业技术人员',
    institution_staff: '事业人员',
    other: '其他',
  },
  yesNo: { true: '是', false: '否' },
} as const;

export type TColumnKey =
  | 'name'
  | 'gender'
  | 'ethnicity'
  | 'birthDate'
  | 'idNumber'
  | 'phone'
  | 'politicalStatus'
  | 'partyJoinDate'
  | 'educationLevel'
  | 'fullTimeEducation'
  | 'school'
  | 'major'
  | 'personnelStatus'
  | 'homeUnit'
  | 'homePost'
  | 'workStartDate'
  | 'township'
  | 'village'
  | 'category'
  | 'postTitle'
  | 'unit'
  | 'startDate'
  | 'plannedEndDate'
  | 'personId';

/** The ledger's columns, in order: header, width, and which list of values applies. */
export const COLUMNS: {
  key: TColumnKey;
  header: string;
  width: number;
  choices?: readonly string[];
  required?: boolean;
  /** A column an older file may lack (read as empty). */
  optional?: boolean;
}[] = [
  { key: 'name', header: '姓名', width: 10, required: true },
  { key: 'gender', header: '性别', width: 6, choices: Object.values(LABELS.gender), required: true },
  { key: 'ethnicity', header: '民族', width: 8 },
  { key: 'birthDate', header: '出生日期', width: 12, required: true },
  { key: 'idNumber', header: '身份证号', width: 21, required: true },
  { key: 'phone', header: '手机号', width: 13, required: true },
  {
    key: 'politicalStatus',
    header: '政治面貌',
    width: 12,
    choices: POLITICAL_STATUSES.map((v) => LABELS.politicalStatus[v]),
    required: true,
  },
  { key: 'partyJoinDate', header: '入党时间', width: 12 },
  {
    key: 'educationLevel',
    header: '学历',
    width: 12,
    choices: EDUCATION_LEVELS.map((v) => LABELS.educationLevel[v]),
    required: true,
  },
  { key: 'fullTimeEducation', header: '是否全日制', width: 10, choices: ['是', '否'], required: true },
  { key: 'school', header: '毕业院校', width: 18 },
  { key: 'major', header: '专业', width: 14 },
  {
    key: 'personnelStatus',
    header: '人员身份',
    width: 14,
    choices: PERSONNEL_STATUSES.map((v) => LABELS.personnelStatus[v]),
    required: true,
  },
  { key: 'homeUnit', header: '工作单位', width: 20 },
  { key: 'homePost', header: '职务', width: 10 },
  { key: 'workStartDate', header: '参加工作时间', width: 12 },
  { key: 'township', header: '乡镇', width: 12 },
  { key: 'village', header: '村（社区）', width: 16 },
  {
    key: 'category',
    header: '干部类别',
    width: 14,
    choices: CADRE_CATEGORIES.map((v) => LABELS.category[v]),
  },
  { key: 'postTitle', header: '任职职务', width: 14 },
  { key: 'unit', header: '派出单位', width: 22 },
  { key: 'startDate', header: '任职开始日期', width: 12 },
  { key: 'plannedEndDate', header: '计划结束日期', width: 12 },
  // the registry's own number of the person: with it, a masked ID number or phone means "keep the stored one"
  { key: 'personId', header: '系统编号（勿改，新增的人留空）', width: 14, optional: true },
];

/** One exported row: the person's facts, the active posting and the person's number, in the columns' order. */
export function rowOf(
  p: TPersonRow,
  a: TPosting | null,
  pii: { idNumber: string; phone: string },
): Record<TColumnKey, string> {
  return {
    name: p.name,
    gender: LABELS.gender[p.gender as 'male' | 'female'],
    ethnicity: p.ethnicity,
    birthDate: p.birthDate,
    idNumber: pii.idNumber,
    phone: pii.phone,
    politicalStatus: LABELS.politicalStatus[p.politicalStatus as TPoliticalStatus],
    partyJoinDate: p.partyJoinDate ?? '',
    educationLevel: LABELS.educationLevel[p.educationLevel as TEducationLevel],
    fullTimeEducation: p.fullTimeEducation ? '是' : '否',
    school: p.school ?? '',
    major: p.major ?? '',
    personnelStatus: LABELS.personnelStatus[p.personnelStatus as TPersonnelStatus],
    homeUnit: p.homeUnit ?? '',
    homePost: p.homePost ?? '',
    workStartDate: p.workStartDate ?? '',
    township: a?.townshipName ?? '',
    village: a?.villageName ?? '',
    category: a ? LABELS.category[a.category] : '',
    postTitle: a?.postTitle ?? '',
    unit: a?.unitName ?? '',
    startDate: a?.startDate ?? '',
    plannedEndDate: a?.plannedEndDate ?? '',
    personId: String(p.id),
  };
}

/** The coded value of a label (`中共党员` → `cpc_member`), or undefined. */
export function codeOf<T extends Record<string, string>>(labels: T, label: string): keyof T | undefined {
  return (Object.keys(labels) as (keyof T)[]).find((k) => labels[k] === label);
}
