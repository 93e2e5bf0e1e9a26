import { z } from 'zod';
import { ID_NUMBER_PATTERN } from './id-number.ts';
import { ZPhone } from './phone.ts';

/** 干部类别 (DESIGN §2). */
export const CADRE_CATEGORIES = [
  'party_secretary', // 机关事业单位干部到村任党组织书记
  'graduate_official', // 到村任职大学生
  'selected_graduate', // 选调生到村任大学生村官
  'first_secretary', // 驻村第一书记
  'team_member', // 驻村工作队员
  'village_committee', // 村"两委"干部
] as const;
export const ZCadreCategory = z.enum(CADRE_CATEGORIES);
export type TCadreCategory = z.infer<typeof ZCadreCategory>;
/** Categories that form a village's work team (驻村工作队). */
export const TEAM_CATEGORIES: readonly TCadreCategory[] = ['first_secretary', 'team_member'];

/** 人员身份: decides how a good rating is applied (DESIGN §4.6). */
export const PERSONNEL_STATUSES = [
  'civil_servant', // 公务员
  'institution_manager', // 事业单位管理岗
  'professional_technical', // 专业技术人员
  'institution_staff', // 事业人员
  'other',
] as const;
export const ZPersonnelStatus = z.enum(PERSONNEL_STATUSES);
export type TPersonnelStatus = z.infer<typeof ZPersonnelStatus>;

export const POLITICAL_STATUSES = [
  'cpc_member',
  'cpc_probationary',
  'cyl_member',
  'democratic_party',
  'masses',
] as const;
export const ZPoliticalStatus = z.enum(POLITICAL_STATUSES);
export type TPoliticalStatus = z.infer<typeof ZPoliticalStatus>;

export const EDUCATION_LEVELS = [
  'doctorate',
  'master',
  'bachelor',
  'junior_college',
  'secondary',
  'below',
] as const;
export const ZEducationLevel = z.enum(EDUCATION_LEVELS);
export type TEducationLevel = z.infer<typeof ZEducationLevel>;

export const GENDERS = ['male', 'female'] as const;
export const ZGender = z.enum(GENDERS);

/** 派出单位. */
export const UNIT_KINDS = ['party_government', 'public_institution', 'state_enterprise', 'other'] as const;
export const UNIT_LEVELS = ['central', 'provincial', 'city', 'county'] as const;
export const ZUnitKind = z.enum(UNIT_KINDS);
export const ZUnitLevel = z.enum(UNIT_LEVELS);

/** Why a posting ended. */
export const END_REASONS = ['term_completed', 'recalled', 'adjusted', 'other'] as const;
export const ZEndReason = z.enum(END_REASONS);
export type TEndReason = z.infer<typeof ZEndReason>;

const ZDate = z.iso.date();
const ZOptionalText = (max: number) => z.string().trim().max(max).nullable().default(null);

export const ZUnit = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: ZUnitKind,
  level: ZUnitLevel,
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
});
export type TUnit = z.infer<typeof ZUnit>;

export const ZCreateUnitRequest = z.object({
  name: z.string().trim().min(2).max(100),
  kind: ZUnitKind,
  level: ZUnitLevel,
  contactName: ZOptionalText(50),
  contactPhone: z.string().trim().max(20).nullable().default(null),
});
export type TCreateUnitRequest = z.input<typeof ZCreateUnitRequest>;

/** A person as entered; ID number and birth date are cross-checked by the service (GB 11643). */
export const ZPersonInput = z.object({
  name: z.string().trim().min(2).max(30),
  gender: ZGender,
  ethnicity: z.string().trim().min(1).max(20).default('汉族'),
  birthDate: ZDate,
  idNumber: z.string().trim().toUpperCase().regex(ID_NUMBER_PATTERN),
  phone: ZPhone,
  politicalStatus: ZPoliticalStatus,
  partyJoinDate: ZDate.nullable().default(null),
  educationLevel: ZEducationLevel,
  fullTimeEducation: z.boolean(),
  school: ZOptionalText(100),
  major: ZOptionalText(100),
  personnelStatus: ZPersonnelStatus,
  homeUnit: ZOptionalText(100),
  homePost: ZOptionalText(50),
  workStartDate: ZDate.nullable().default(null),
});
export type TPersonInput = z.input<typeof ZPersonInput>;

export const ZPostingInput = z.object({
  villageCode: z.string().regex(/^\d{12}$/),
  category: ZCadreCategory,
  postTitle: z.string().trim().min(1).max(50),
  unitId: z.number().int().positive().nullable().default(null),
  startDate: ZDate,
  plannedEndDate: ZDate.nullable().default(null),
  isTeamLeader: z.boolean().default(false),
});
export type TPostingInput = z.input<typeof ZPostingInput>;

export const ZEndPostingRequest = z.object({
  actualEndDate: ZDate,
  endReason: ZEndReason,
  endNote: ZOptionalText(200),
});
