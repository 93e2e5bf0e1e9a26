import type { TEducationLevel } from '@zhucun/core';
import type { TRandom } from './random.ts';

export type TEducation = {
  educationLevel: TEducationLevel;
  fullTimeEducation: boolean;
  school: string | null;
  major: string | null;
};

const GENERAL =
  '汉语言文学 法学 行政管理 会计学 财务管理 经济学 思想政治教育 计算机科学与技术 新闻学 英语 社会工作';
const AGRICULTURE = '农学 园艺 动物医学 动物科学 农林经济管理 农村区域发展 林学 食品科学与工程';
const ENGINEERING =
  '土木工程 水利水电工程 电气工程及其自动化 环境工程 计算机科学与技术 机械设计制造及其自动化';
const MEDICINE = '临床医学 护理学 预防医学 公共事业管理';
const EDUCATION = '汉语言文学 数学与应用数学 思想政治教育 历史学 英语 小学教育';
const FINANCE = '会计学 财务管理 金融学 经济学 市场营销 统计学';

const majors = (...groups: string[]) => groups.join(' ').split(' ');

/** Shanxi universities and the majors they plausibly award. */
const UNIVERSITIES: readonly (readonly [string, string[], number])[] = [
  ['山西大学', majors(GENERAL), 4],
  ['太原理工大学', majors(ENGINEERING), 3],
  ['山西农业大学', majors(AGRICULTURE), 5],
  ['山西师范大学', majors(EDUCATION, GENERAL), 3],
  ['山西财经大学', majors(FINANCE), 4],
  ['中北大学', majors(ENGINEERING), 2],
  ['山西医科大学', majors(MEDICINE), 2],
  ['山西大同大学', majors(GENERAL, EDUCATION), 5],
  ['太原师范学院', majors(EDUCATION), 2],
  ['忻州师范学院', majors(EDUCATION), 2],
  ['晋中学院', majors(GENERAL), 1],
  ['长治学院', majors(GENERAL), 1],
  ['运城学院', majors(GENERAL), 1],
];
const GRADUATE_SCHOOLS: readonly (readonly [string, string[], number])[] = [
  ['山西大学', majors('马克思主义理论 中国语言文学 法学 公共管理'), 4],
  ['山西农业大学', majors('作物学 农业管理 农村发展 兽医'), 4],
  ['山西财经大学', majors('应用经济学 会计 工商管理'), 3],
  ['太原理工大学', majors('土木工程 水利工程 电子信息'), 2],
  ['西北农林科技大学', majors('农业经济管理 作物学'), 1],
  ['中国农业大学', majors('农村发展 农业管理'), 1],
];
const COLLEGES: readonly (readonly [string, string[], number])[] = [
  ['朔州师范高等专科学校', majors('小学教育 语文教育 学前教育'), 4],
  ['朔州职业技术学院', majors('会计 畜牧兽医 机电一体化技术'), 3],
  ['山西林业职业技术学院', majors('林业技术 园林技术'), 1],
  ['山西水利职业技术学院', majors('水利工程 工程造价'), 1],
  ['山西省财政税务专科学校', majors('会计 财政'), 2],
];
/** Part-time (在职) degrees: the Party school and the open university. */
const PART_TIME: readonly (readonly [string, string[], number])[] = [
  ['中共山西省委党校', majors('经济管理 法律 行政管理'), 3],
  ['山西开放大学', majors('行政管理 法学 农业经济管理'), 2],
];
const SECONDARY: readonly (readonly [string, string[], number])[] = [
  ['应县第一中学校', [], 3],
  ['应县第二中学', [], 2],
  ['应县职业技术学校', majors('种植 畜牧 农业机械'), 2],
];

function from(rng: TRandom, schools: readonly (readonly [string, string[], number])[]) {
  const [school, list] = rng.weighted(schools.map((s) => [s, s[2]] as const));
  return { school, major: list.length > 0 ? rng.pick(list) : null };
}

/** A school and major that fit the level; part-time degrees come from the Party school or open university. */
export function educationOf(rng: TRandom, level: TEducationLevel, fullTime: boolean): TEducation {
  const base = { educationLevel: level, fullTimeEducation: fullTime };
  if (level === 'below') return { ...base, fullTimeEducation: true, school: null, major: null };
  if (level === 'secondary') return { ...base, fullTimeEducation: true, ...from(rng, SECONDARY) };
  if (!fullTime) return { ...base, ...from(rng, PART_TIME) };
  if (level === 'junior_college') return { ...base, ...from(rng, COLLEGES) };
  if (level === 'bachelor') return { ...base, ...from(rng, UNIVERSITIES) };
  return { ...base, ...from(rng, GRADUATE_SCHOOLS) };
}

/** Age on leaving school at each level (for the work start date). */
export const GRADUATION_AGE: Record<TEducationLevel, number> = {
  doctorate: 28,
  master: 25,
  bachelor: 22,
  junior_college: 21,
  secondary: 18,
  below: 16,
};
