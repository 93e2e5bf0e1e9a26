/** The codes and limits of villagers' requests, without zod: the cadre's light pages use them (docs/web.md §Size). */

/** 群众诉求 categories (configurable deadlines per category and urgency). */
export const REQUEST_CATEGORIES = [
  'infrastructure', // 道路水电等基础设施
  'social_security', // 低保、养老、医保等社会保障
  'medical', // 看病就医
  'education', // 上学教育
  'employment', // 就业务工
  'agriculture', // 农业生产与产业发展
  'land_housing', // 土地与住房
  'dispute', // 矛盾纠纷
  'environment', // 人居环境
  'other', // 其他
] as const;
export type TRequestCategory = (typeof REQUEST_CATEGORIES)[number];

export const URGENCIES = ['normal', 'urgent'] as const;
export type TUrgency = (typeof URGENCIES)[number];

/** Limits of the forms (a phone, a tired person: short forms, but room to write). */
export const REQUEST_LIMITS = {
  description: 1000,
  result: 1000,
  heard: 2000,
  attendees: 200,
  reason: 200,
  note: 500,
  responsibleParty: 100,
  ownerName: 50,
  requestsPerVisit: 10,
  householdsPerVisit: 20,
} as const;

/** docs/rules.md §4.4: a visit between 18:00 and 24:00 is a night visit (any other hour is still a visit). */
export function isNightVisit(localMinute: string): boolean {
  const hour = Number(localMinute.slice(-5, -3));
  return hour >= 18 && hour <= 23;
}
