import { z } from 'zod';
import { ID_NUMBER_PATTERN } from './id-number.ts';
import { ZIdParam } from './id-param.ts';
import { ZPhone } from './phone.ts';

/** 干部类别 (docs/domain.md §2). */
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

/** 人员身份: decides how a good rating is applied (docs/rules.md §4.6). */
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

const ZUnitFields = z.object({
  name: z.string().trim().min(2).max(100),
  kind: ZUnitKind,
  level: ZUnitLevel,
  contactName: z.string().trim().max(50).nullable(),
  contactPhone: z.string().trim().max(20).nullable(),
});
export const ZCreateUnitRequest = ZUnitFields.extend({
  contactName: ZUnitFields.shape.contactName.default(null),
  contactPhone: ZUnitFields.shape.contactPhone.default(null),
});
/** An edit: only the fields sent change. */
export const ZUpdateUnitRequest = ZUnitFields.partial();
export type TCreateUnitRequest = z.input<typeof ZCreateUnitRequest>;

const ZNullableText = (max: number) => z.string().trim().max(max).nullable();

/** A person's facts, none defaulted (the base of both create and edit). */
const ZPersonFields = z.object({
  name: z.string().trim().min(2).max(30),
  gender: ZGender,
  ethnicity: z.string().trim().min(1).max(20),
  birthDate: ZDate,
  idNumber: z.string().trim().toUpperCase().regex(ID_NUMBER_PATTERN),
  phone: ZPhone,
  politicalStatus: ZPoliticalStatus,
  partyJoinDate: ZDate.nullable(),
  educationLevel: ZEducationLevel,
  fullTimeEducation: z.boolean(),
  school: ZNullableText(100),
  major: ZNullableText(100),
  personnelStatus: ZPersonnelStatus,
  homeUnit: ZNullableText(100),
  homePost: ZNullableText(50),
  workStartDate: ZDate.nullable(),
});

/** A person as entered; ID number and birth date are cross-checked by the service (GB 11643). */
export const ZPersonInput = ZPersonFields.extend({
  ethnicity: ZPersonFields.shape.ethnicity.default('汉族'),
  partyJoinDate: ZPersonFields.shape.partyJoinDate.default(null),
  school: ZPersonFields.shape.school.default(null),
  major: ZPersonFields.shape.major.default(null),
  homeUnit: ZPersonFields.shape.homeUnit.default(null),
  homePost: ZPersonFields.shape.homePost.default(null),
  workStartDate: ZPersonFields.shape.workStartDate.default(null),
});
export type TPersonInput = z.input<typeof ZPersonInput>;

/** An edit: only the fields sent change (no defaults fill the others). */
export const ZUpdateCadreRequest = ZPersonFields.partial();
export type TUpdateCadreRequest = z.infer<typeof ZUpdateCadreRequest>;

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

/** The posting shown with a cadre: where, as what, sent by whom, for how long. */
export const ZPosting = z.object({
  id: z.number().int(),
  villageCode: z.string(),
  villageName: z.string(),
  townshipCode: z.string(),
  townshipName: z.string(),
  category: ZCadreCategory,
  postTitle: z.string(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  isTeamLeader: z.boolean(),
  startDate: z.string(),
  plannedEndDate: z.string().nullable(),
  actualEndDate: z.string().nullable(),
  endReason: ZEndReason.nullable(),
  endNote: z.string().nullable(),
});
export type TPosting = z.infer<typeof ZPosting>;

/** Derived flags, computed by the rules in core (posting.ts, mentoring.ts) on the server's today. */
export const ZCadreFlags = z.object({
  termEndingSoon: z.boolean(),
  /** Days the active posting has run past its planned end (任期已满); null while the term runs. */
  termOverdueDays: z.number().int().nullable(),
  mentoringEligible: z.boolean(),
  firstSecretaryWarnings: z.array(z.enum(['party_membership_under_1_year', 'work_experience_under_2_years'])),
});

/** One row of the ledger: ID number and phone masked. */
export const ZCadreListItem = z.object({
  id: z.number().int(),
  name: z.string(),
  gender: ZGender,
  birthDate: z.string(),
  idNumber: z.string(),
  phone: z.string(),
  politicalStatus: ZPoliticalStatus,
  educationLevel: ZEducationLevel,
  personnelStatus: ZPersonnelStatus,
  posting: ZPosting.nullable(),
  flags: ZCadreFlags,
});
export type TCadreListItem = z.infer<typeof ZCadreListItem>;

export const ZCadreList = z.object({ items: z.array(ZCadreListItem), total: z.number().int() });
export type TCadreList = z.infer<typeof ZCadreList>;

export const ZCadreListQuery = z.object({
  q: z.string().trim().max(30).optional(),
  township: z
    .string()
    .regex(/^\d{9}$/)
    .optional(),
  village: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  category: ZCadreCategory.optional(),
  unitId: ZIdParam.optional(),
  personnelStatus: ZPersonnelStatus.optional(),
  /** Only active postings whose planned end lies within 90 days. */
  termEndingSoon: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Only active postings past their planned end (任期已满). */
  termOverdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** 星级: at least / at most so many stars, over the tenure's confirmed years or last year's (rating:read). */
  starsMin: z.coerce.number().int().min(0).max(50).optional(),
  starsMax: z.coerce.number().int().min(0).max(50).optional(),
  starsOver: z.enum(['tenure', 'last_year']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TCadreListQuery = z.infer<typeof ZCadreListQuery>;

/** A person's profile with the whole posting history (newest first). */
export const ZCadreProfile = ZCadreListItem.extend({
  ethnicity: z.string(),
  partyJoinDate: z.string().nullable(),
  fullTimeEducation: z.boolean(),
  school: z.string().nullable(),
  major: z.string().nullable(),
  homeUnit: z.string().nullable(),
  homePost: z.string().nullable(),
  workStartDate: z.string().nullable(),
  hasAccount: z.boolean(),
  /** A photo is on file (GET /api/cadres/:id/photo). */
  hasPhoto: z.boolean(),
  postings: z.array(ZPosting),
});
export type TCadreProfile = z.infer<typeof ZCadreProfile>;

export const ZCreateCadreRequest = z.object({
  person: ZPersonInput,
  posting: ZPostingInput.nullable().default(null),
  /** Also create the sign-in account (phone as username, one-time password shown once). */
  createAccount: z.boolean().default(false),
});
export type TCreateCadreRequest = z.input<typeof ZCreateCadreRequest>;

export const ZCreateCadreResponse = z.object({
  cadre: ZCadreProfile,
  account: z.object({ username: z.string(), oneTimePassword: z.string() }).nullable(),
});

export const ZUnmaskRequest = z.object({ reason: z.string().trim().min(2).max(200) });
export const ZUnmasked = z.object({ idNumber: z.string(), phone: z.string() });

/** A person serving in a village, as the village page lists them. */
export const ZVillageStaffMember = z.object({
  personId: z.number().int(),
  name: z.string(),
  category: ZCadreCategory,
  postTitle: z.string(),
  unitName: z.string().nullable(),
  phone: z.string(),
});
export const ZVillageStaff = z.object({
  village: z.object({
    code: z.string(),
    name: z.string(),
    townshipCode: z.string(),
    townshipName: z.string(),
  }),
  partySecretaries: z.array(ZVillageStaffMember),
  graduateOfficials: z.array(ZVillageStaffMember),
  selectedGraduates: z.array(ZVillageStaffMember),
  team: z.object({
    leader: ZVillageStaffMember.nullable(),
    members: z.array(ZVillageStaffMember),
    warnings: z.array(z.enum(['team_too_small', 'no_first_secretary'])),
  }),
  committee: z.array(ZVillageStaffMember),
});
export type TVillageStaff = z.infer<typeof ZVillageStaff>;

/** Counts for the home page: active postings by category, and work teams. */
export const ZRegistrySummary = z.object({
  byCategory: z.record(ZCadreCategory, z.number().int()),
  teams: z.number().int(),
  teamPeople: z.number().int(),
});
export type TRegistrySummary = z.infer<typeof ZRegistrySummary>;

/** A village whose work team lacks a first secretary (a gap to fill). */
export const ZTeamGap = z.object({
  code: z.string(),
  name: z.string(),
  townshipName: z.string(),
  members: z.number().int(),
});
export const ZTeamGaps = z.object({ items: z.array(ZTeamGap) });
export type TTeamGap = z.infer<typeof ZTeamGap>;

export const ZUnitList = z.object({ items: z.array(ZUnit), total: z.number().int() });

/** A cadre corrects their own phone. */
export const ZUpdateOwnPhoneRequest = z.object({ phone: ZPhone });
