import {
  BULLETIN_SECTIONS,
  fillTemplate,
  type TBulletinContent,
  type TBulletinFigureValues,
} from '@zhucun/core';
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { zhDate } from '../rating-follow/rating.docx.ts';

const RED = 'C00000';
/** A heading line of a section: 一、… (bold, as the seed bulletin sets it). */
const HEADING = /^[一二三四五六七八九十]+、/;

const rule = (size = 12) => ({ bottom: { style: BorderStyle.SINGLE, size, color: RED, space: 1 } });
const centered = (text: string, opts: { size?: number; bold?: boolean; color?: string } = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, ...opts })] });
/** A body paragraph: indented two characters, a heading line bold. */
const body = (line: string) =>
  new Paragraph({
    indent: { firstLine: 640 },
    spacing: { line: 420 },
    children: [new TextRun({ text: line, bold: HEADING.test(line) })],
  });

/**
 * 简报 as Word (docs/rules.md §4.17): the red masthead, 第 N 期（总第 M 期）, the issuing office and the date
 * over a red rule, the headline, the sections with their figures filled in, the distribution lines (发 / 送)
 * and the closing line (… 印发).
 */
export function bulletinDocument(b: TBulletinContent, figures: TBulletinFigureValues): Promise<Buffer> {
  const paragraphs = BULLETIN_SECTIONS.flatMap((s) =>
    fillTemplate(b.sections[s], figures)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map(body),
  );
  const children = [
    centered(b.masthead, { size: 64, bold: true, color: RED }),
    centered(`第 ${b.issueNo} 期（总第 ${b.runningNo} 期）`),
    new Paragraph({
      border: rule(18),
      tabStops: [{ type: TabStopType.RIGHT, position: 9000 }],
      children: [new TextRun(b.issuingOffice), new TextRun(`\t${zhDate(b.issuedOn)}`)],
    }),
    new Paragraph({ text: '' }),
    centered(fillTemplate(b.headline, figures), { size: 36, bold: true }),
    ...paragraphs,
    new Paragraph({ text: '', border: rule() }),
    ...(b.distributionTo ? [new Paragraph({ children: [new TextRun(`发：${b.distributionTo}`)] })] : []),
    ...(b.distributionCc ? [new Paragraph({ children: [new TextRun(`送：${b.distributionCc}`)] })] : []),
    new Paragraph({
      border: rule(),
      tabStops: [{ type: TabStopType.RIGHT, position: 9000 }],
      children: [new TextRun(b.printedBy), new TextRun(`\t${zhDate(b.issuedOn)}印发`)],
    }),
  ];
  return Packer.toBuffer(
    new Document({
      creator: 'Zhucun 驻村',
      title: `${b.masthead} 第${b.issueNo}期`,
      styles: { default: { document: { run: { font: 'FangSong', size: 32 } } } },
      sections: [{ children }],
    }),
  );
}
