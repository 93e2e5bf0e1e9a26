import type { TDesignationKind, TDesignationLevel } from '@zhucun/core';

/** The bulletin's figures (山西乡村振兴简报第22期): 3,122 labourers working away, 12 + 5 designated villages. */
export const DEMO_LABOURERS = 3122;
export const DEMO_RURAL_TOURISM = 12;
export const DEMO_GREAT_WALL = 5;

/**
 * Villages of 金城镇 the demo leaves without a month or a designation, for the person trying it (and the
 * end-to-end test) to enter one.
 */
export const LEFT_FOR_TRYING = ['140622100221', '140622100222', '140622100223', '140622100224'];
/** The demo cadre whose village keeps no household: e2e/visit-once.spec.ts opens its household picker empty. */
export const NO_HOUSEHOLDS_OF = 'daxuesheng';

/** How many villages report their month of labour (the figure is spread over them). */
export const REPORTING_VILLAGES = 104;

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎';
const GIVEN = [
  '建国',
  '建华',
  '国庆',
  '志强',
  '秀英',
  '桂兰',
  '玉梅',
  '德福',
  '文斌',
  '俊峰',
  '海燕',
  '红梅',
  '永胜',
  '占魁',
  '润生',
  '二虎',
  '三娃',
  '金花',
  '银凤',
  '富贵',
  '长青',
  '来喜',
  '存旺',
  '满仓',
];

/** A household head's name from a position (deterministic; repeats are fine in a village). */
export const headNameOf = (i: number) =>
  `${SURNAMES[(i * 7) % SURNAMES.length]}${GIVEN[(i * 13 + Math.floor(i / 5)) % GIVEN.length]}`;

export type TDemoDesignation = {
  kind: TDesignationKind;
  level: TDesignationLevel;
  title: string;
  issuer: string;
  documentNo: (year: number) => string;
  /** Days before the first start. */
  daysAgo: number;
};

const TOURISM: Omit<TDemoDesignation, 'daysAgo'>[] = [
  {
    kind: 'rural_tourism',
    level: 'provincial',
    title: '山西省乡村旅游示范村',
    issuer: '山西省文化和旅游厅',
    documentNo: (y) => `晋文旅发〔${y}〕27号`,
  },
  {
    kind: 'rural_tourism',
    level: 'city',
    title: '朔州市乡村旅游示范村',
    issuer: '朔州市文化和旅游局',
    documentNo: (y) => `朔文旅字〔${y}〕15号`,
  },
  {
    kind: 'rural_tourism',
    level: 'county',
    title: '应县乡村旅游示范村',
    issuer: '应县人民政府',
    documentNo: (y) => `应政发〔${y}〕8号`,
  },
];

const GREAT_WALL: Omit<TDemoDesignation, 'daysAgo'> = {
  kind: 'great_wall',
  level: 'provincial',
  title: '“长城人家”',
  issuer: '山西省文化和旅游厅',
  documentNo: (y) => `晋文旅发〔${y}〕41号`,
};

/** The demo's designations in village order: 12 rural-tourism villages, 5 “长城人家”, two others. */
export function demoDesignations(): TDemoDesignation[] {
  const tourism = Array.from({ length: DEMO_RURAL_TOURISM }, (_, i) => ({
    ...TOURISM[i < 2 ? 0 : i < 6 ? 1 : 2]!,
    daysAgo: 60 + i * 37,
  }));
  const wall = Array.from({ length: DEMO_GREAT_WALL }, (_, i) => ({ ...GREAT_WALL, daysAgo: 90 + i * 45 }));
  const others: TDemoDesignation[] = [
    {
      kind: 'beautiful_village',
      level: 'city',
      title: '朔州市美丽宜居示范村',
      issuer: '朔州市住房和城乡建设局',
      documentNo: (y) => `朔建村〔${y}〕6号`,
      daysAgo: 200,
    },
    {
      kind: 'revitalization',
      level: 'county',
      title: '应县乡村振兴示范村',
      issuer: '中共应县县委、应县人民政府',
      documentNo: (y) => `应发〔${y}〕12号`,
      daysAgo: 150,
    },
  ];
  return [...tourism, ...wall, ...others];
}
