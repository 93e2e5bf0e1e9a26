import { z } from 'zod';
import { isWithin } from './division.ts';
import type { TRole } from './roles.ts';

/** 项目化帮扶 (docs/domain.md §3.3): the codes of a project and the one state machine it moves through. */

/** 项目类型. */
export const PROJECT_KINDS = [
  'industry', // 产业发展
  'infrastructure', // 基础设施
  'rural_tourism', // 乡村旅游
  'employment', // 就业帮扶
  'party_building', // 党建引领与基层治理
  'public_services', // 公共服务
  'other',
] as const;
export const ZProjectKind = z.enum(PROJECT_KINDS);
export type TProjectKind = z.infer<typeof ZProjectKind>;

/** draft → submitted → approved (township) → filed (county) → in progress → acceptance → done; or stopped. */
export const PROJECT_STATES = [
  'draft', // 草稿: the village prepares it
  'submitted', // 已提交: waiting for the township
  'approved', // 乡镇已审核: the plan is frozen as the baseline
  'filed', // 县级已备案
  'in_progress', // 实施中
  'acceptance', // 待验收
  'done', // 已完成: acceptance passed
  'stopped', // 已终止, with a reason
] as const;
export const ZProjectState = z.enum(PROJECT_STATES);
export type TProjectState = z.infer<typeof ZProjectState>;

/** States in which the project's facts may still be edited (before the township approves them). */
export const PROJECT_EDITABLE_STATES: readonly TProjectState[] = ['draft', 'submitted'];

/**
 * States in which a project counts as held, for the gaps (一村一示范, 责任田): proposed to the
 * township or further; a draft nobody submitted and a stopped project do not count.
 */
export const PROJECT_HOLDING_STATES: readonly TProjectState[] = [
  'submitted',
  'approved',
  'filed',
  'in_progress',
  'acceptance',
  'done',
];

/**
 * States a project counts from in the county's figures (the home page's 产业项目): approved by the
 * township or further; a draft, one waiting for the township and a stopped project do not count.
 */
export const PROJECT_COUNTED_STATES: readonly TProjectState[] = [
  'approved',
  'filed',
  'in_progress',
  'acceptance',
  'done',
];

/** 资金来源 of a project's funding. */
export const PROJECT_FUNDING_SOURCES = [
  'fiscal_linked', // 财政衔接推进乡村振兴补助资金
  'county_finance', // 县级财政
  'township_finance', // 乡镇财政
  'dispatching_unit', // 派出单位帮扶资金
  'village_collective', // 村集体经济
  'enterprise', // 企业与社会资金
  'bank_loan', // 金融信贷
  'villagers', // 群众自筹
  'other',
] as const;
export const ZProjectFundingSource = z.enum(PROJECT_FUNDING_SOURCES);
export type TProjectFundingSource = z.infer<typeof ZProjectFundingSource>;

/** What a person does to a project's state. */
export const PROJECT_ACTIONS = [
  'submit', // 提交乡镇审核
  'return', // 退回修改 (to draft, with a reason)
  'approve', // 乡镇审核通过 (freezes the baseline)
  'file', // 县级备案
  'start', // 开始实施
  'request_acceptance', // 申请验收
  'pass_acceptance', // 验收通过
  'fail_acceptance', // 验收未通过 (back to in progress, with a reason)
  'stop', // 终止 (with a reason)
] as const;
export const ZProjectAction = z.enum(PROJECT_ACTIONS);
export type TProjectAction = z.infer<typeof ZProjectAction>;

/** The level a person acts at on a project: a cadre the village's, an administrator their division's. */
export const PROJECT_LEVELS = ['village', 'township', 'county'] as const;
export type TProjectLevel = (typeof PROJECT_LEVELS)[number];
export const PROJECT_ROLE_LEVEL: Partial<Record<TRole, TProjectLevel>> = {
  cadre: 'village',
  township_admin: 'township',
  county_admin: 'county',
};

const LIVE: readonly TProjectState[] = [
  'draft',
  'submitted',
  'approved',
  'filed',
  'in_progress',
  'acceptance',
];

/** From which states each action may be taken. */
export const PROJECT_ACTION_FROM: Record<TProjectAction, readonly TProjectState[]> = {
  submit: ['draft'],
  return: ['submitted'],
  approve: ['submitted'],
  file: ['approved'],
  start: ['filed'],
  request_acceptance: ['in_progress'],
  pass_acceptance: ['acceptance'],
  fail_acceptance: ['acceptance'],
  stop: LIVE,
};

const PROJECT_ACTION_TO: Record<TProjectAction, TProjectState> = {
  submit: 'submitted',
  return: 'draft',
  approve: 'approved',
  file: 'filed',
  start: 'in_progress',
  request_acceptance: 'acceptance',
  pass_acceptance: 'done',
  fail_acceptance: 'in_progress',
  stop: 'stopped',
};

/**
 * Who may take each action: the village's cadres propose, submit, start and ask for acceptance; the
 * township (or the county above it) approves or returns; the county alone files and accepts. A higher
 * level may do what a lower one may.
 */
export const PROJECT_ACTION_MIN_LEVEL: Record<TProjectAction, TProjectLevel> = {
  submit: 'village',
  return: 'township',
  approve: 'township',
  file: 'county',
  start: 'village',
  request_acceptance: 'village',
  pass_acceptance: 'county',
  fail_acceptance: 'county',
  stop: 'township',
};

/** Actions that need a reason (the note), shown to the village with the project. */
export const PROJECT_REASON_ACTIONS: readonly TProjectAction[] = ['return', 'fail_acceptance', 'stop'];

/** The permission a route of each action asks for: deciding takes `projects:approve`. */
export const PROJECT_ACTION_PERMISSION: Record<TProjectAction, 'projects:write' | 'projects:approve'> = {
  submit: 'projects:write',
  return: 'projects:approve',
  approve: 'projects:approve',
  file: 'projects:approve',
  start: 'projects:write',
  request_acceptance: 'projects:write',
  pass_acceptance: 'projects:approve',
  fail_acceptance: 'projects:approve',
  stop: 'projects:write',
};

export const PROJECT_REFUSALS = ['not_allowed_in_state', 'level_too_low', 'reason_required'] as const;
export type TProjectRefusal = (typeof PROJECT_REFUSALS)[number];
export type TProjectTransition = { ok: true; state: TProjectState } | { ok: false; reason: TProjectRefusal };

const rank = (level: TProjectLevel) => PROJECT_LEVELS.indexOf(level);

/**
 * The one state machine of a project. `level` is the level the actor acts at on this project (see
 * `projectActorLevel`); a village may stop only its own draft (a proposal it drops), a township or
 * the county any live project. Returning, failing acceptance and stopping need a reason.
 */
export function projectTransition(
  state: TProjectState,
  action: TProjectAction,
  level: TProjectLevel,
  reason?: string | null,
): TProjectTransition {
  if (!PROJECT_ACTION_FROM[action].includes(state)) return { ok: false, reason: 'not_allowed_in_state' };
  const min = action === 'stop' && state === 'draft' ? 'village' : PROJECT_ACTION_MIN_LEVEL[action];
  if (rank(level) < rank(min)) return { ok: false, reason: 'level_too_low' };
  if (PROJECT_REASON_ACTIONS.includes(action) && !reason?.trim())
    return { ok: false, reason: 'reason_required' };
  return { ok: true, state: PROJECT_ACTION_TO[action] };
}

/** The actions a person at `level` may take on a project in `state` now (the buttons a page offers). */
export function projectActionsFor(state: TProjectState, level: TProjectLevel | null): TProjectAction[] {
  if (!level) return [];
  return PROJECT_ACTIONS.filter((a) => projectTransition(state, a, level, 'x').ok);
}

/** Whether a person at `level` may edit a project's facts in `state` (before approval, any level). */
export function projectEditable(state: TProjectState, level: TProjectLevel | null): boolean {
  return level !== null && PROJECT_EDITABLE_STATES.includes(state);
}

export type TProjectGrant = { role: TRole; divisionCode: string | null };

/**
 * The level an account acts at on a project in these villages: the highest of its roles that have a
 * project level and whose division holds one of the villages (null: none reaches the project).
 */
export function projectActorLevel(
  grants: readonly TProjectGrant[],
  villageCodes: readonly string[],
): TProjectLevel | null {
  let best: TProjectLevel | null = null;
  for (const g of grants) {
    const level = PROJECT_ROLE_LEVEL[g.role];
    if (!level || g.divisionCode === null) continue;
    const anchor = g.divisionCode;
    if (!villageCodes.some((v) => isWithin(v, anchor))) continue;
    if (best === null || rank(level) > rank(best)) best = level;
  }
  return best;
}
