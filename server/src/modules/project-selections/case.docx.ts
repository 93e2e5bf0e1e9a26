import type { TProjectAward } from '@zhucun/core';
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';

export type TCasePhoto = { bytes: Buffer; width: number; height: number };

const line = (label: string, text: string) =>
  new Paragraph({ children: [new TextRun({ text: `${label}：`, bold: true }), new TextRun(text)] });

/** Paragraphs of a text typed with line breaks; an empty text says so. */
const body = (text: string) =>
  (text.trim() ? text.split(/\n+/) : ['（待补充）']).map(
    (p) => new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun(p.trim())] }),
  );

const yuan = (fen: number) =>
  `${(fen / 1_000_000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;

/** A photo scaled to the page's width (at most 560 px wide, 420 px high). */
function photo(p: TCasePhoto): Paragraph {
  const scale = Math.min(1, 560 / p.width, 420 / p.height);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'jpg',
        data: p.bytes,
        transformation: { width: Math.round(p.width * scale), height: Math.round(p.height * scale) },
      }),
    ],
  });
}

/** 典型案例: an awarded project's case as a Word document, to spread the example. */
export async function caseDocument(
  award: TProjectAward,
  kindLabel: string,
  photos: TCasePhoto[],
): Promise<Buffer> {
  const place = `${award.townshipName} ${award.villageNames.join('、')}`;
  const children = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(award.title)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun(`—— ${award.year} 年度优秀创新项目典型案例`)],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('项目概况')] }),
    line('所在地', place),
    line('项目类型', kindLabel),
    ...(award.leaderName ? [line('领办人', award.leaderName)] : []),
    line('项目目标', award.target),
    line('项目预算', yuan(award.budgetFen)),
    line('受益群众', `${award.beneficiaryHouseholds} 户 ${award.beneficiaryPeople} 人`),
    line(
      '实施时间',
      `${award.startDate} 起${award.actualEndDate ? `，${award.actualEndDate} 验收完成` : ''}`,
    ),
    ...(award.score === null
      ? []
      : [line('评审综合得分', `${award.score} 分（去掉一个最高分和一个最低分）`)]),
    ...(award.summary ? [line('项目简介', award.summary)] : []),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('一、主要做法')] }),
    ...body(award.casePractice),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('二、取得成效')] }),
    ...body(award.caseResults),
    ...(photos.length
      ? [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('三、图片资料')] }),
          ...photos.map(photo),
        ]
      : []),
  ];
  const doc = new Document({
    creator: 'Zhucun 驻村',
    title: `典型案例 · ${award.title}`,
    styles: { default: { document: { run: { font: 'SimSun', size: 24 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
