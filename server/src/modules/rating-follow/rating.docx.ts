import {
  GRADE_LABELS,
  GRADES,
  labelsIn,
  PRIORITY_EXCLUSION_LABELS,
  PRIORITY_LIST_LABELS,
  type TGrade,
  type TPriorityEntry,
  type TPriorityList,
  type TPriorityLists,
} from '@zhucun/core';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

const GRADE_ZH = labelsIn(GRADE_LABELS, 'zh-CN');
const LIST_ZH = labelsIn(PRIORITY_LIST_LABELS, 'zh-CN');
const EXCLUSION_ZH = labelsIn(PRIORITY_EXCLUSION_LABELS, 'zh-CN');
/** Whose list it is, as the heading says: 职务选任（公务员）. */
const LIST_FOR: Record<TPriorityList, string> = {
  post_selection: '公务员',
  rank_promotion: '公务员',
  staff_grade_promotion: '事业单位管理岗',
  title_evaluation: '专业技术人员',
  civil_service_transfer: '事业人员',
};
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八'];

/** A date as a Chinese reader writes it: 2026年3月31日. */
export const zhDate = (d: string) => `${d.slice(0, 4)}年${+d.slice(5, 7)}月${+d.slice(8, 10)}日`;
const text = (s: string, bold = false) => new Paragraph({ children: [new TextRun({ text: s, bold })] });
const cell = (s: string, bold = false) => new TableCell({ children: [text(s, bold)] });
const table = (header: string[], rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
const title = (s: string) =>
  new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(s)] });
const heading = (s: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(s)] });
const right = (s: string) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(s)] });
const gradeText = (g: TGrade | null) => (g ? GRADE_ZH[g] : '');
const stars = (n: number) => `${n} 星`;

const document = (name: string, children: (Paragraph | Table)[]) =>
  Packer.toBuffer(
    new Document({
      creator: 'Zhucun 驻村',
      title: name,
      styles: { default: { document: { run: { font: 'SimSun', size: 24 } } } },
      sections: [{ children }],
    }),
  );

export type TNoticeRow = Omit<TPriorityEntry, 'personId' | 'personnelStatus'>;

/** 公示: the year's results within the county (name, place, grade, stars), the notice's dates, how to object. */
export function noticeDocument(n: {
  countyName: string;
  year: number;
  from: string;
  until: string;
  rows: TNoticeRow[];
}): Promise<Buffer> {
  const counts = GRADES.map((g) => `${GRADE_ZH[g]} ${n.rows.filter((r) => r.grade === g).length} 人`);
  return document(`${n.year}年度驻村干部星级评定结果公示`, [
    title(`关于${n.year}年度驻村干部星级评定结果的公示`),
    text(
      `根据驻村干部星级化管理有关规定，经量化考核、组织评价、群众评议、综合评定和审核，现将${n.year}年度驻村干部星级评定结果予以公示。` +
        `公示期为${zhDate(n.from)}至${zhDate(n.until)}（5个工作日）。公示期间，本人对评定结果有异议的，可通过驻村工作平台提出申诉一次；` +
        `其他人员可向县委组织部反映。`,
    ),
    text(`共 ${n.rows.length} 人：${counts.join('，')}。名单按村（社区）和姓名排列，不作排名。`),
    table(
      ['序号', '乡镇', '村（社区）', '姓名', '评定等次', '星级'],
      n.rows.map((r, i) => [
        String(i + 1),
        r.townshipName,
        r.villageName,
        r.name,
        gradeText(r.grade),
        stars(r.stars),
      ]),
    ),
    right(`中共${n.countyName}县委组织部`),
    right(zhDate(n.from)),
  ]);
}

/** 结果运用优先名单: each list with its cadres, then who was left off and why, then who no list applies to. */
export function priorityDocument(countyName: string, p: TPriorityLists & { cycle: { year: number } }) {
  const rows = (entries: TPriorityEntry[]) =>
    entries.map((e, i) => [
      String(i + 1),
      e.townshipName,
      e.villageName,
      e.name,
      gradeText(e.grade),
      stars(e.stars),
    ]);
  const header = ['序号', '乡镇', '村（社区）', '姓名', '评定等次', '星级'];
  const children: (Paragraph | Table)[] = [
    title(`${countyName}${p.cycle.year}年度驻村干部星级评定结果运用优先名单`),
    text(
      `名单日期：${zhDate(p.date)}。${p.cycle.year}年度星级评定两星及以上的驻村干部，按人员身份列入以下优先名单，` +
        '名单按村（社区）和姓名排列；诫勉影响期内或上年度评定为基本合格及以下的，不列入名单并注明原因。',
    ),
  ];
  p.lists.forEach((l, i) => {
    children.push(heading(`${NUMERALS[i]}、${LIST_ZH[l.list]}（${LIST_FOR[l.list]}）`));
    children.push(l.entries.length ? table(header, rows(l.entries)) : text('无。'));
  });
  children.push(heading(`${NUMERALS[p.lists.length]}、未列入名单人员及原因`));
  children.push(
    p.excluded.length
      ? table(
          ['序号', '村（社区）', '姓名', '星级', '应列名单', '原因'],
          p.excluded.map((e, i) => [
            String(i + 1),
            e.villageName,
            e.name,
            stars(e.stars),
            e.lists.map((l) => LIST_ZH[l]).join('、'),
            e.exclusions.map((x) => EXCLUSION_ZH[x]).join('；'),
          ]),
        )
      : text('无。'),
  );
  if (p.unlisted.length)
    children.push(
      text(
        `另有 ${p.unlisted.length} 人两星及以上，人员身份不适用优先名单：${p.unlisted.map((e) => `${e.name}（${e.villageName}）`).join('、')}。`,
      ),
    );
  children.push(right(`中共${countyName}县委组织部`), right(zhDate(p.date)));
  return document(`${p.cycle.year}年度星级评定结果运用优先名单`, children);
}
