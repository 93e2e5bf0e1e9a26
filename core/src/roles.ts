import { z } from 'zod';

/** Every role an account can hold (docs/domain.md §2; MLPS 2.0 "three administrators"). */
export const ROLES = [
  'county_admin', // 县委组织部: the whole county
  'county_viewer', // 县领导: read-only
  'township_admin', // 乡镇管理员: one township
  'unit_admin', // 派出单位管理员: the cadres it sent
  'cadre', // 驻村干部: own records, own village
  'mentor', // 结对帮带导师
  'system_admin', // 系统管理员: accounts
  'security_admin', // 安全管理员: roles and policies
  'audit_admin', // 审计管理员: reads the audit log only
] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

/** The three separated administrators of MLPS 2.0 (三员分立): one account never holds two. */
export const SEPARATED_ADMIN_ROLES: readonly TRole[] = ['system_admin', 'security_admin', 'audit_admin'];

/** The level a role acts at on a request (docs/rules.md §4.3): a cadre works at the village's level. */
export const ROLE_REQUEST_LEVEL: Partial<Record<TRole, 'village' | 'township' | 'county'>> = {
  cadre: 'village',
  township_admin: 'township',
  county_admin: 'county',
};

/** Roles whose sessions expire sooner (15 minutes idle instead of 30). */
export const ADMIN_ROLES: readonly TRole[] = [
  'county_admin',
  'system_admin',
  'security_admin',
  'audit_admin',
];

/** Which division level a role's scope is anchored at; null = not scoped by division. */
export const ROLE_SCOPE_LEVEL: Record<TRole, 'county' | 'township' | 'village' | null> = {
  county_admin: 'county',
  county_viewer: 'county',
  township_admin: 'township',
  unit_admin: 'county',
  cadre: 'village',
  mentor: 'county',
  system_admin: null,
  security_admin: null,
  audit_admin: null,
};

export const PERMISSIONS = [
  'divisions:read',
  'divisions:write',
  'users:read',
  'users:write',
  'roles:assign',
  'audit:read',
  'registry:read', // 干部台账: read cadres, postings, units, village staff
  'registry:write', // create and edit cadres and postings
  'registry:amend', // correct a person's facts and photo (not postings)
  'units:write', // maintain dispatching units
  'pii:unmask', // see full ID numbers and phones (each view audited)
  'profile:self', // a cadre's own profile, and correcting their own phone
  'rules:read', // read the county's rules (every role but the three separated administrators)
  'rules:write', // the county's rules (term, presence targets, holidays …)
  'duty:self', // a cadre's own day, log, leave and official-duty reports
  'duty:read', // read cadres' days, logs, leave, spot checks and compliance
  'duty:review', // comment on or return logs, decide leave, correct attendance, run spot checks
  'requests:read', // villagers' requests, households and visits in scope, the ledger of deeds
  'requests:work', // register, accept, work, resolve or hand up requests at one's own level; record visits
  'homes:read', // standard homes, who lives where, their signs and funding ledgers, in scope
  'homes:write', // register and edit homes, assign rooms, record funding
  'logins:unlock', // see and lift sign-in locks (the security administrator)
  'mentoring:read', // 结对帮带: a mentee's mentors and their history, the gaps, in scope
  'mentoring:assign', // pair a mentor with a mentee, end a pair (county: every level; township: below)
  'mentoring:own', // a mentor's own mentees: their basics and logs, comments on their logs, talks
  'projects:read', // 帮扶项目 in scope, and the gaps (一村一示范, 责任田)
  'projects:write', // propose, edit before approval, submit, start, ask for acceptance (at one's own level)
  'projects:approve', // decide: the township approves or returns, the county files and accepts
  'projects:comment', // comment on a project's progress in reach (staff, colleagues; a mentor: the mentees')
  'selections:manage', // 优秀创新项目评选: open a year's selection, quotas, panel, notice, objections, awards
  'selections:nominate', // nominate the township's own projects within its quota
  'rectification:read', // 整改台账 in scope: problems, their timeline, the three-list workbook
  'rectification:report', // report progress or completion of a problem at one's own level or below
  'rectification:manage', // register a problem with its measures and owners (county: any; township: its own)
  'rectification:review', // decide on a report: the township approves or returns, the county closes (销号) or returns
  'duty_lists:write', // 岗位职责清单: edit a post's draft and publish it as a dated version (the county)
  'tasks:read', // 任务清单 in scope: tasks assigned from or to the level, their completion and ledger
  'tasks:assign', // assign a task downward in one step (county: anywhere; township: within it)
  'tasks:report', // report progress or done on one's own, one's village's or one's township's assignment
  'violations:read', // 负面清单: violation records in scope (never public; not county viewers, units or mentors)
  'violations:record', // record a violation of a cadre in scope, with evidence
  'violations:decide', // decide a violation record and its appeal (the county organisation department)
  'conduct:manage', // keep the county's catalogue of forbidden conduct (履职行为负面清单), by year
  'awards:write', // 表彰登记: register a commendation of a cadre or a village collective (adds stars)
  'rating:read', // 星级评定 in scope: cycles, results, the survey's response counts (never who answered what)
  'rating:evaluate', // 组织评价: fill the scoring forms (county: any cadre; township: its cadres; unit: those it sent)
  'rating:manage', // 星级评定: open the year's cycle, its settings, and take its steps (the county organisation department)
  'rating:review', // review each result (confirm or amend with a reason) and decide appeals (the county organisation department)
  'outcomes:read', // 帮扶成效 in scope: the figures, the villages' monthly labour reports and designations
  'outcomes:report', // enter and correct a village's month or designation (a village's cadres, the township)
  'outcomes:review', // approve or return the outcome reports and designations (the county organisation department)
  'bulletins:read', // 简报: the county's bulletins and their figures (the county; its leaders read only)
  'bulletins:write', // compose, edit and issue the county's bulletins (the county organisation department)
] as const;
export const ZPermission = z.enum(PERMISSIONS);
export type TPermission = z.infer<typeof ZPermission>;

/** Role → permissions. Data scope narrows each of them further (see scope.ts). */
export const ROLE_PERMISSIONS: Record<TRole, readonly TPermission[]> = {
  county_admin: [
    'awards:write',
    'divisions:read',
    'divisions:write',
    'users:read',
    'users:write',
    'roles:assign',
    'registry:read',
    'registry:write',
    'registry:amend',
    'units:write',
    'pii:unmask',
    'rules:read',
    'rules:write',
    'duty:read',
    'duty:review',
    'requests:read',
    'requests:work',
    'homes:read',
    'homes:write',
    'mentoring:read',
    'mentoring:assign',
    'projects:read',
    'projects:write',
    'projects:approve',
    'projects:comment',
    'selections:manage',
    'rectification:read',
    'rectification:report',
    'rectification:manage',
    'rectification:review',
    'duty_lists:write',
    'tasks:read',
    'tasks:assign',
    'violations:read',
    'violations:record',
    'violations:decide',
    'conduct:manage',
    'rating:read',
    'rating:evaluate',
    'rating:manage',
    'rating:review',
    'outcomes:read',
    'outcomes:review',
    'bulletins:read',
    'bulletins:write',
  ],
  county_viewer: [
    'divisions:read',
    'rules:read',
    'registry:read',
    'duty:read',
    'requests:read',
    'homes:read',
    'mentoring:read',
    'projects:read',
    'tasks:read',
    'rectification:read',
    'rating:read',
    'outcomes:read',
    'bulletins:read',
  ],
  township_admin: [
    'divisions:read',
    'rules:read',
    'registry:read',
    'registry:write',
    'registry:amend',
    'duty:read',
    'duty:review',
    'requests:read',
    'requests:work',
    'homes:read',
    'homes:write',
    'mentoring:read',
    'mentoring:assign',
    'projects:read',
    'projects:write',
    'projects:approve',
    'projects:comment',
    'selections:nominate',
    'rectification:read',
    'rectification:report',
    'rectification:manage',
    'rectification:review',
    'tasks:read',
    'tasks:assign',
    'tasks:report',
    'violations:read',
    'violations:record',
    'rating:read',
    'rating:evaluate',
    'outcomes:read',
    'outcomes:report',
  ],
  unit_admin: ['divisions:read', 'rules:read', 'registry:read', 'rating:evaluate'],
  cadre: [
    'divisions:read',
    'rules:read',
    'profile:self',
    'duty:self',
    'requests:read',
    'requests:work',
    'homes:read',
    'projects:read',
    'projects:write',
    'projects:comment',
    'tasks:read',
    'tasks:report',
    'rectification:read',
    'rectification:report',
    'outcomes:read',
    'outcomes:report',
  ],
  // a mentor's projects:read and projects:comment reach their mentees' projects only (scope.ts)
  mentor: ['divisions:read', 'rules:read', 'mentoring:own', 'projects:read', 'projects:comment'],
  system_admin: ['users:read', 'users:write', 'roles:assign'],
  security_admin: ['users:read', 'roles:assign', 'logins:unlock'],
  audit_admin: ['audit:read'],
};

/** Roles only a system or security administrator may hand out (a county admin may not). */
export const PRIVILEGED_ROLES: readonly TRole[] = [...SEPARATED_ADMIN_ROLES, 'county_admin'];

/** What the county's rules switch on beyond the fixed role table. */
export type TAccessOptions = {
  unitAdminMayEdit?: boolean;
  /** The account asking: a mentor's reach over their mentees' records is keyed by it (scope.ts). */
  userId?: number;
};

/** A role's permissions under the county's rules (a unit's administrator may be allowed to amend). */
export function rolePermissions(role: TRole, options: TAccessOptions = {}): readonly TPermission[] {
  const fixed = ROLE_PERMISSIONS[role];
  if (role === 'unit_admin' && options.unitAdminMayEdit) return [...fixed, 'registry:amend'];
  return fixed;
}

export function permissionsOf(roles: readonly TRole[], options: TAccessOptions = {}): TPermission[] {
  const set = new Set<TPermission>();
  for (const role of roles) for (const p of rolePermissions(role, options)) set.add(p);
  return PERMISSIONS.filter((p) => set.has(p));
}

export function isAdministrator(roles: readonly TRole[]): boolean {
  return roles.some((r) => ADMIN_ROLES.includes(r));
}

export type TRoleSetProblem =
  | { kind: 'separated_admins'; roles: TRole[] }
  | { kind: 'duplicate'; role: TRole }
  | { kind: 'empty' };

/** Checks a set of roles for one account: not empty, no duplicates, at most one of the three MLPS admins. */
export function checkRoleSet(roles: readonly TRole[]): TRoleSetProblem | null {
  if (roles.length === 0) return { kind: 'empty' };
  const seen = new Set<TRole>();
  for (const r of roles) {
    if (seen.has(r)) return { kind: 'duplicate', role: r };
    seen.add(r);
  }
  const admins = roles.filter((r) => SEPARATED_ADMIN_ROLES.includes(r));
  if (admins.length > 1) return { kind: 'separated_admins', roles: admins };
  return null;
}
