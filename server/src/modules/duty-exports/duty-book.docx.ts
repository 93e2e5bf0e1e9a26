import { isoWeekday, type TFourRole, type TPlace } from '@zhucun/core';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { FOUR_ROLE_LABELS, PLACE_LABELS, WEEKDAYS } from './labels.ts';

export type TBookDay = {
  date: string;
  day: TPlace;
  night: TPlace;
  work: string;
  activities: string;
  rolePlayed: string;
  roles: TFourRole[];
  backfilled: boolean;
  comments: { author: string; text: string; returned: boolean }[];
};

export type TBook = {
  year: string;
  name: string;
  village: string;
  category: string;
  postTitle: string;
  unit: string;
  /** Months (1–12) to print; a month without entries says so. */
  months: number[];
  days: TBookDay[];
};

const line = (label: string, text: string) =>
  new Paragraph({ children: [new TextRun({ text: `${label}：`, bold: true }), new TextRun(text)] });

function dayParagraphs(d: TBookDay): Paragraph[] {
  const heading = `${+d.date.slice(5, 7)}月${+d.date.slice(8, 10)}日（星期${WEEKDAYS[isoWeekday(d.date) - 1]}）`;
  const out = [
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      children: [
        new TextRun(heading),
        ...(d.backfilled ? [new TextRun({ text: '　补记', bold: true })] : []),
      ],
    }),
    line('去向', `白天 ${PLACE_LABELS[d.day]}，夜间 ${PLACE_LABELS[d.night]}`),
  ];
  if (d.work) out.push(line('工作内容', d.work));
  if (d.activities) out.push(line('组织活动', d.activities));
  if (d.rolePlayed) out.push(line('发挥作用', d.rolePlayed));
  if (d.roles.length) out.push(line('四员角色', d.roles.map((r) => FOUR_ROLE_LABELS[r]).join('、')));
  for (const c of d.comments)
    out.push(line(c.returned ? `批注（退回补充）· ${c.author}` : `批注 · ${c.author}`, c.text));
  return out;
}

/** 一人一册: a cadre's year of day logs as a Word document, one section per month. */
export async function bookDocument(book: TBook): Promise<Buffer> {
  const cover = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(`驻村工作日志（${book.year} 年）`)],
    }),
    line('姓名', book.name),
    line('驻村（社区）', book.village),
    line('干部类别', book.category),
    line('任职职务', book.postTitle),
    line('派出单位', book.unit),
    line('记录天数', `${book.days.length} 天`),
  ];
  const sections = book.months.map((month, i) => {
    const days = book.days.filter((d) => +d.date.slice(5, 7) === month);
    return {
      children: [
        ...(i === 0 ? cover : []),
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          children: [new TextRun(`${book.year} 年 ${month} 月`)],
        }),
        ...(days.length
          ? days.flatMap(dayParagraphs)
          : [new Paragraph({ children: [new TextRun('本月无记录。')] })]),
      ],
    };
  });
  const doc = new Document({
    creator: 'Zhucun 驻村',
    title: `驻村工作日志（${book.year} 年）· ${book.name}`,
    styles: { default: { document: { run: { font: 'SimSun', size: 24 } } } },
    sections: sections.length ? sections : [{ children: cover }],
  });
  return Packer.toBuffer(doc);
}
