import type { TCadreCategory, TMentorLevel, TRole } from '@zhucun/core';

/** The fixed password of every demo account. Demo mode only: production never creates these. */
export const DEMO_PASSWORD = 'Zhucun@2026';

export type TDemoAccount = {
  username: string;
  displayName: string;
  role: TRole;
  divisionCode: string | null;
};

/** Township administrators of Ying County, one per township, named by the township's pinyin. */
const TOWNSHIP_ADMINS: [string, string, string][] = [
  ['jincheng', '140622100', '金城镇'],
  ['nanhezhong', '140622101', '南河种镇'],
  ['xiashe', '140622102', '下社镇'],
  ['zhenziliang', '140622200', '镇子梁乡'],
  ['yijing', '140622201', '义井乡'],
  ['zangzhai', '140622202', '臧寨乡'],
  ['dahuangwei', '140622203', '大黄巍乡'],
  ['xingzhai', '140622204', '杏寨乡'],
  ['xiamayu', '140622205', '下马峪乡'],
  ['nanquan', '140622206', '南泉乡'],
  ['dalinhe', '140622207', '大临河乡'],
  ['baimashi', '140622208', '白马石乡'],
];

export function demoAccounts(countyCode: string): TDemoAccount[] {
  return [
    { username: 'admin', displayName: '县委组织部管理员', role: 'county_admin', divisionCode: countyCode },
    { username: 'viewer', displayName: '县领导（只读）', role: 'county_viewer', divisionCode: countyCode },
    { username: 'sysadmin', displayName: '系统管理员', role: 'system_admin', divisionCode: null },
    { username: 'secadmin', displayName: '安全管理员', role: 'security_admin', divisionCode: null },
    { username: 'auditor', displayName: '审计管理员', role: 'audit_admin', divisionCode: null },
    ...TOWNSHIP_ADMINS.filter(([, code]) => code.startsWith(countyCode)).map(([username, code, name]) => ({
      username,
      displayName: `${name}管理员`,
      role: 'township_admin' as const,
      divisionCode: code,
    })),
  ];
}

/** Demo cadres: one sign-in account per category, linked to the first seeded person of it. */
export const DEMO_CADRE_ACCOUNTS: { username: string; category: TCadreCategory; label: string }[] = [
  { username: 'shuji', category: 'party_secretary', label: '村党组织书记（机关干部）' },
  { username: 'daxuesheng', category: 'graduate_official', label: '到村任职大学生' },
  { username: 'xuandiao', category: 'selected_graduate', label: '选调生' },
  { username: 'diyishuji', category: 'first_secretary', label: '驻村第一书记' },
  { username: 'duiyuan', category: 'team_member', label: '驻村工作队员' },
  { username: 'cunwei', category: 'village_committee', label: '村“两委”干部' },
];

/** The demo dispatching-unit administrator: sees the cadres 应县农业农村局 sent, read-only. */
export const DEMO_UNIT_ADMIN = { username: 'danwei', unitName: '应县农业农村局' };

/**
 * Demo mentors (结对帮带导师, role `mentor`): county, township and village leaders paired with some of
 * the eligible young graduates of 金城镇 and 南河种镇. `daoshi` is the county mentor to sign in as.
 */
export const DEMO_MENTORS: { username: string; displayName: string; level: TMentorLevel; label: string }[] = [
  { username: 'daoshi', displayName: '王建军', level: 'county', label: '县级导师（金城镇）' },
  { username: 'daoshi-xian', displayName: '李慧敏', level: 'county', label: '县级导师（南河种镇）' },
  { username: 'daoshi-jincheng', displayName: '赵永刚', level: 'township', label: '乡镇级导师（金城镇）' },
  {
    username: 'daoshi-nanhezhong',
    displayName: '孙丽华',
    level: 'township',
    label: '乡镇级导师（南河种镇）',
  },
  { username: 'daoshi-cun', displayName: '周德胜', level: 'village', label: '村级导师（金城镇）' },
  { username: 'daoshi-cun2', displayName: '吴桂兰', level: 'village', label: '村级导师（南河种镇）' },
];
