import { addDays, type TAwardLevel, type TQuantitativeInputs } from '@zhucun/core';

/**
 * The demo county's star rating (docs/rules.md §4.6): last year's cycle confirmed, this year's open. The
 * demo holds only recent weeks of records, so last year's quantitative inputs are a summary written into
 * each result's snapshot (the figures come from it, and recompute from it); the totals, caps, quota,
 * stars and the admonishment then follow from the real computation.
 */

/** Three kinds of year: a strong one, a sound one, and the one weak year that brings an admonishment. */
export type TDemoTier = 'strong' | 'sound' | 'weak';

/** The year's inputs of a tier; `n` varies them a little from cadre to cadre (never the same total twice in a row). */
export function demoInputs(tier: TDemoTier, n: number): TQuantitativeInputs {
  const v = n % 5;
  if (tier === 'strong')
    return {
      presence: { done: 49 + (v % 3), due: 52 },
      requestsOnTime: { done: 9, due: 10 - (v % 2) },
      satisfaction: [100, 100, 100, 60],
      tasksOnTime: { done: 6, due: 6 },
      projectScores: [90 + v],
      rectification: { done: 3, due: 3 },
      nightVisits: { visits: 46 + v, target: 48 },
      deductions: 0,
    };
  if (tier === 'sound')
    return {
      presence: { done: 42 + v, due: 52 },
      requestsOnTime: { done: 7, due: 9 },
      satisfaction: [100, 60, 60, 100],
      tasksOnTime: { done: 5, due: 6 },
      projectScores: [78 + v],
      rectification: { done: 2, due: 3 },
      nightVisits: { visits: 38 + v, target: 48 },
      deductions: v === 4 ? 2 : 0,
    };
  return {
    presence: { done: 31, due: 52 },
    requestsOnTime: { done: 4, due: 8 },
    satisfaction: [60, 0, 60],
    tasksOnTime: { done: 3, due: 6 },
    projectScores: [],
    rectification: { done: 0, due: 2 },
    nightVisits: { visits: 22, target: 48 },
    deductions: 3,
  };
}

/** The organisation forms' scores (德能勤绩廉) of a tier, by evaluator. */
export function demoFormScores(tier: TDemoTier, n: number): Record<string, number> {
  const base = tier === 'strong' ? 93 : tier === 'sound' ? 84 : 66;
  const v = n % 4;
  return {
    integrity: base + 2,
    ability: base - v,
    diligence: base + (v % 2),
    results: base - 1,
    honesty: base + 3,
  };
}

/** Three in ten strong (more than the 20% quota, so some are quota-adjusted), the rest sound. */
export const demoTier = (n: number): TDemoTier => (n % 10 < 3 ? 'strong' : 'sound');

/** Last year's three commendations: who (a demo account's person, a village or the n-th strong cadre), what. */
export const DEMO_AWARDS: readonly {
  holder: { username: string } | { village: 'shuji' } | { strong: number };
  level: TAwardLevel;
  title: string;
  issuer: string;
  documentNo: (year: number) => string;
  monthDay: string;
}[] = [
  {
    holder: { username: 'shuji' },
    level: 'provincial',
    title: '全省“四化”管理优秀驻村干部',
    issuer: '中共山西省委组织部、山西省乡村振兴局',
    documentNo: (y) => `晋组通字〔${y}〕36号`,
    monthDay: '09-26',
  },
  {
    holder: { village: 'shuji' },
    level: 'provincial',
    title: '山西省乡村治理示范村',
    issuer: '中共山西省委农村工作领导小组办公室、山西省农业农村厅',
    documentNo: (y) => `晋农办发〔${y}〕21号`,
    monthDay: '06-18',
  },
  {
    holder: { strong: 1 },
    level: 'national',
    title: '全国巩固拓展脱贫攻坚成果先进个人',
    issuer: '国家乡村振兴局',
    documentNo: (y) => `国乡振发〔${y}〕8号`,
    monthDay: '11-10',
  },
];

/**
 * Last year's cycle ran in January: totals, review, the notice of five working days, confirmation; dated
 * before the demo's first day (a demo first started on 3 January confirmed it on the 2nd).
 */
export function lastYearDates(today: string) {
  const year = Number(today.slice(0, 4));
  const planned = `${year}-01-26`;
  const confirmedOn = planned < today ? planned : addDays(today, -1);
  const noticeUntil = addDays(confirmedOn, -3);
  return {
    computedOn: addDays(confirmedOn, -20),
    totalledOn: addDays(confirmedOn, -14),
    noticeFrom: addDays(noticeUntil, -6),
    noticeUntil,
    confirmedOn,
  };
}

/** This year's survey runs around the demo's first day: opened four days before, closing ten days after. */
export const surveyWindow = (today: string) => ({ from: addDays(today, -4), until: addDays(today, 10) });
