import type { TRandom } from './random.ts';

export type TGender = 'male' | 'female';

/** Common surnames; 王李张刘 lead, and the ones frequent in northern Shanxi (郝 武 贾 乔 阎 薛) weigh more. */
const WEIGHTED_SURNAMES: Record<string, number> = {
  王: 14,
  李: 11,
  张: 10,
  刘: 9,
  郝: 5,
  武: 5,
  赵: 5,
  杨: 4,
  高: 4,
  郭: 4,
  贾: 4,
  乔: 3,
  阎: 3,
  薛: 3,
  陈: 3,
  马: 3,
  田: 2,
  任: 2,
  白: 2,
  康: 2,
  孙: 2,
  吴: 2,
  梁: 2,
  韩: 2,
  侯: 2,
  史: 2,
};
const OTHER_SURNAMES =
  '黄周徐胡朱林何罗宋郑谢唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡丁魏叶余潘杜戴夏钟汪姜范方石姚谭廖邹熊金陆孔崔毛邱秦江顾邵孟龙万段雷钱汤尹黎易常贺赖龚文';

const SURNAMES: (readonly [string, number])[] = [
  ...Object.entries(WEIGHTED_SURNAMES),
  ...[...OTHER_SURNAMES].map((s) => [s, 1] as const),
];

/** A given name is one `single` character, or a `first` character followed by a `second`. */
type TPool = { single: string; first: string; second: string };

/** Given names by sex and generation: people born before 1980 carry the older fashions. */
const GIVEN: Record<TGender, { older: TPool; younger: TPool }> = {
  male: {
    older: {
      single: '军强刚勇斌平林明忠华峰杰亮伟东荣贵生',
      first: '建志国永俊文海卫德保福金玉占存晋利宝二',
      second: '军国平刚强华明林生忠民峰斌成山亮荣旺',
    },
    younger: {
      single: '磊鹏超浩宇凯旭鑫昊帅阳博翔飞龙波涛',
      first: '浩子宇俊志思博晨泽天嘉鹏明文家晓佳旭一亦',
      second: '然豪航杰远文鸣阳宇轩飞博乐东辉鹏涛磊凯',
    },
  },
  female: {
    older: {
      single: '霞梅芳燕红英娟萍敏丽兰',
      first: '秀桂玉凤春丽淑红美彩润俊海晓建爱改金月',
      second: '英兰梅华珍玲霞燕娟红萍莲花芳琴',
    },
    younger: {
      single: '静婷琳洁颖璐雪丹倩悦佳蕾',
      first: '欣雨佳梦思子晓雅婉诗静梓一文慧丽婷可若',
      second: '怡婷瑶雨涵雪琪萱欣彤诺静敏娜燕悦璐洁',
    },
  },
};

/** Draws full names, never the same one twice in the registry (so never twice in a village). */
export function createNamer(rng: TRandom) {
  const used = new Set<string>();
  return (gender: TGender, birthYear: number): string => {
    const pool = GIVEN[gender][birthYear < 1980 ? 'older' : 'younger'];
    for (;;) {
      const surname = rng.weighted(SURNAMES);
      // A taken name gets a new given name first, so the surnames keep their weights.
      for (let attempt = 0; attempt < 5; attempt++) {
        const given = rng.chance(0.2)
          ? rng.pick([...pool.single])
          : rng.pick([...pool.first]) + rng.pick([...pool.second]);
        const name = surname + given;
        if (used.has(name)) continue;
        used.add(name);
        return name;
      }
    }
  };
}
