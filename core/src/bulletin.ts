import type { TCodeLabels } from './code-labels.ts';

/**
 * 简报 (docs/rules.md §4.17): the county's bulletin, composed from text it edits with figures inserted
 * from the records as of a date. The figure keys, their names and sources, the sections, the states,
 * and the pure rules (filling a text's placeholders, numbering the next issue).
 */

/** The figures a bulletin's text may insert, as `{{key}}`. */
export const BULLETIN_FIGURE_KEYS = [
  'partySecretaries',
  'graduateOfficials',
  'selectedGraduates',
  'teams',
  'teamPeople',
  'apartments',
  'farmhouses',
  'industryProjects',
  'labourers',
  'ruralTourismVillages',
  'greatWallVillages',
] as const;
export type TBulletinFigureKey = (typeof BULLETIN_FIGURE_KEYS)[number];

export const BULLETIN_FIGURE_LABELS: TCodeLabels<TBulletinFigureKey> = {
  partySecretaries: [
    '机关事业单位干部到村任党组织书记（人）',
    'Officials serving as village party secretaries',
  ],
  graduateOfficials: ['到村任职大学生（人）', 'Graduates serving in villages'],
  selectedGraduates: ['选调生大学生村官（人）', 'Selected graduates serving as village officials'],
  teams: ['驻村工作队（支）', 'Village work teams'],
  teamPeople: ['驻村工作队人数（人）', 'Members of the work teams'],
  apartments: ['标准化公寓（个）', 'Standard apartments'],
  farmhouses: ['标准化农家小院（个）', 'Standard farmhouses'],
  industryProjects: ['产业帮扶项目（个）', 'Industry support projects'],
  labourers: ['脱贫劳动力外出务工（人）', 'Poverty-alleviated labourers working away'],
  ruralTourismVillages: ['乡村旅游示范村（个）', 'Rural-tourism demonstration villages'],
  greatWallVillages: ['“长城人家”（个）', '“Great Wall homes” villages'],
};

/** Where a figure is read: the registry, the homes, the outcome indicators. */
export const BULLETIN_FIGURE_SOURCES = ['registry', 'homes', 'outcomes'] as const;
export type TBulletinFigureSource = (typeof BULLETIN_FIGURE_SOURCES)[number];
export const BULLETIN_FIGURE_SOURCE_LABELS: TCodeLabels<TBulletinFigureSource> = {
  registry: ['干部台账（在岗任职）', 'The registry (active postings)'],
  homes: ['驻村干部家园', 'Standard homes'],
  outcomes: ['帮扶成效', 'Outcome indicators'],
};

/**
 * What each figure counts and where it is read; `asOf: 'now'` when its source can only say today
 * (the registry and the homes keep no history), `'date'` when it is counted as of the bulletin's date.
 * `link` is the list of records behind it (`{month}` is replaced by the date's month, YYYY-MM).
 */
export const BULLETIN_FIGURE_RULES: Record<
  TBulletinFigureKey,
  {
    source: TBulletinFigureSource;
    asOf: 'now' | 'date';
    link: string;
    rule: readonly [zh: string, en: string];
  }
> = {
  partySecretaries: {
    source: 'registry',
    asOf: 'now',
    link: '/cadres?category=party_secretary',
    rule: ['在岗的“到村任党组织书记”任职人数', 'Active postings as village party secretary'],
  },
  graduateOfficials: {
    source: 'registry',
    asOf: 'now',
    link: '/cadres?category=graduate_official',
    rule: ['在岗的“到村任职大学生”任职人数', 'Active postings as graduate serving in a village'],
  },
  selectedGraduates: {
    source: 'registry',
    asOf: 'now',
    link: '/cadres?category=selected_graduate',
    rule: ['在岗的“选调生大学生村官”任职人数', 'Active postings as selected graduate'],
  },
  teams: {
    source: 'registry',
    asOf: 'now',
    link: '/cadres?category=first_secretary',
    rule: ['有在岗第一书记或工作队员的村数', 'Villages with an active first secretary or team member'],
  },
  teamPeople: {
    source: 'registry',
    asOf: 'now',
    link: '/cadres?category=team_member',
    rule: ['在岗第一书记与工作队员人数之和', 'Active first secretaries and team members'],
  },
  apartments: {
    source: 'homes',
    asOf: 'now',
    link: '/homes?kind=apartment',
    rule: ['登记的标准化公寓（依托村党群服务中心）', 'Registered standard apartments'],
  },
  farmhouses: {
    source: 'homes',
    asOf: 'now',
    link: '/homes?kind=farmhouse',
    rule: ['登记的标准化农家小院（租赁民居）', 'Registered standard farmhouses'],
  },
  industryProjects: {
    source: 'outcomes',
    asOf: 'date',
    link: '/projects?kind=industry',
    rule: [
      '产业类帮扶项目：乡镇审核通过及以后、未终止，登记不晚于截至日期',
      'Industry projects approved by the township or further, not stopped, registered by the date',
    ],
  },
  labourers: {
    source: 'outcomes',
    asOf: 'date',
    link: '/outcomes?tab=figures&month={month}',
    rule: [
      '各村当年截至该日最近一个审核通过月份的外出务工人数之和',
      "Each village's latest approved month of the year up to the date, summed",
    ],
  },
  ruralTourismVillages: {
    source: 'outcomes',
    asOf: 'date',
    link: '/outcomes?tab=designations&kind=rural_tourism&state=approved',
    rule: [
      '审核通过、命名日期不晚于该日的乡村旅游示范村（每村计一次）',
      'Approved designations dated by the date',
    ],
  },
  greatWallVillages: {
    source: 'outcomes',
    asOf: 'date',
    link: '/outcomes?tab=designations&kind=great_wall&state=approved',
    rule: [
      '审核通过、命名日期不晚于该日的“长城人家”（每村计一次）',
      'Approved designations dated by the date',
    ],
  },
};

/** The bulletin's sections, one per mechanism (四化) with the opening and the closing on outcomes. */
export const BULLETIN_SECTIONS = [
  'opening',
  'standard_home',
  'full_time',
  'project',
  'star_rating',
  'outcomes',
] as const;
export type TBulletinSection = (typeof BULLETIN_SECTIONS)[number];
export const BULLETIN_SECTION_LABELS: TCodeLabels<TBulletinSection> = {
  opening: ['导语', 'Opening'],
  standard_home: ['标准化家园', 'Standard homes'],
  full_time: ['专职化履职', 'Full-time duty'],
  project: ['项目化帮扶', 'Project-based support'],
  star_rating: ['星级化管理', 'Star rating'],
  outcomes: ['成效', 'Outcomes'],
};

/** A draft recomputes its figures; an issued bulletin keeps the ones stored when it was issued. */
export const BULLETIN_STATES = ['draft', 'issued'] as const;
export type TBulletinState = (typeof BULLETIN_STATES)[number];
export const BULLETIN_STATE_LABELS: TCodeLabels<TBulletinState> = {
  draft: ['草稿', 'Draft'],
  issued: ['已印发', 'Issued'],
};

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;
const isKey = (k: string): k is TBulletinFigureKey => (BULLETIN_FIGURE_KEYS as readonly string[]).includes(k);

/** The list of records behind a figure, for a bulletin's date. */
export const figureLinkOf = (key: TBulletinFigureKey, asOf: string) =>
  BULLETIN_FIGURE_RULES[key].link.replace('{month}', asOf.slice(0, 7));

/** The placeholder of a figure as written in a bulletin's text. */
export const placeholderOf = (key: TBulletinFigureKey) => `{{${key}}}`;

/** The placeholders of a text that name no figure (to refuse, naming the field). */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string).filter((k) => !isKey(k));
}

export type TBulletinSegment = { text: string } | { key: TBulletinFigureKey; value: number | null };

/** A text cut into its words and its figures, in order (a figure without a value stays null). */
export function fillSegments(
  text: string,
  figures: Partial<Record<TBulletinFigureKey, number>>,
): TBulletinSegment[] {
  const out: TBulletinSegment[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const key = m[1] as string;
    if (!isKey(key)) continue;
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push({ key, value: figures[key] ?? null });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** A figure as the bulletin writes it: digits without grouping, as the seed bulletin does (3122名). */
export const formatFigure = (value: number | null) => (value === null ? '□' : String(value));

/** A text with its placeholders replaced by the figures. */
export function fillTemplate(text: string, figures: Partial<Record<TBulletinFigureKey, number>>): string {
  return fillSegments(text, figures)
    .map((s) => ('text' in s ? s.text : formatFigure(s.value)))
    .join('');
}

/**
 * The numbers proposed for the next issue: the running number (总第 M 期) one past the county's
 * highest; the issue number (第 N 期) one past the highest of the same year, or 1 in a new year.
 */
export function proposeNumbers(
  issues: readonly { year: number; issueNo: number; runningNo: number }[],
  year: number,
): { issueNo: number; runningNo: number } {
  const sameYear = issues.filter((i) => i.year === year).map((i) => i.issueNo);
  return {
    issueNo: sameYear.length ? Math.max(...sameYear) + 1 : 1,
    runningNo: issues.length ? Math.max(...issues.map((i) => i.runningNo)) + 1 : 1,
  };
}
