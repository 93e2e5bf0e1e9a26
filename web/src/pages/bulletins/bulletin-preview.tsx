import {
  BULLETIN_SECTIONS,
  fillSegments,
  formatFigure,
  type TBulletinContent,
  type TBulletinFigures,
} from '@zhucun/core';
import { Typography } from 'antd';
import { FigureMark } from './figure-source.tsx';

const HEADING = /^[一二三四五六七八九十]+、/;
const zhDate = (d: string) => `${d.slice(0, 4)}年${+d.slice(5, 7)}月${+d.slice(8, 10)}日`;

/** The sections' lines in order, each with a stable id (section and line number). */
const linesOf = (content: TBulletinContent) =>
  BULLETIN_SECTIONS.flatMap((s) =>
    content.sections[s]
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((line, n) => ({ id: `${s}-${n}`, line })),
  );

/** A text with its figures marked (each showing where it came from). */
function Filled({ text, figures }: { text: string; figures: TBulletinFigures }) {
  return (
    <>
      {fillSegments(text, figures.values).map((s, i) =>
        'text' in s ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the segments of one text, in order
          <span key={i}>{s.text}</span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the segments of one text, in order
          <FigureMark key={i} figureKey={s.key} figures={figures}>
            {formatFigure(s.value)}
          </FigureMark>
        ),
      )}
    </>
  );
}

/** The bulletin as it will print: masthead, numbers, office and date, headline, sections, 发 / 送, 印发. */
export function BulletinPreview({
  content,
  figures,
}: {
  content: TBulletinContent;
  figures: TBulletinFigures;
}) {
  const red = '#c00000';
  const rule = { borderBottom: `2px solid ${red}`, margin: '8px 0 16px' };
  return (
    <article aria-label="preview" style={{ fontFamily: 'FangSong, STFangsong, serif', lineHeight: 1.9 }}>
      <div style={{ textAlign: 'center', color: red, fontSize: 30, fontWeight: 700 }}>{content.masthead}</div>
      <div style={{ textAlign: 'center' }}>
        第 {content.issueNo} 期（总第 {content.runningNo} 期）
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', ...rule }}>
        <span>{content.issuingOffice}</span>
        <span>{zhDate(content.issuedOn)}</span>
      </div>
      <Typography.Title level={4} style={{ textAlign: 'center' }}>
        <Filled text={content.headline} figures={figures} />
      </Typography.Title>
      {linesOf(content).map(({ id, line }) => (
        <p
          key={id}
          style={{ textIndent: '2em', margin: '0 0 6px', fontWeight: HEADING.test(line) ? 700 : 400 }}
        >
          <Filled text={line} figures={figures} />
        </p>
      ))}
      <div style={rule} />
      {content.distributionTo && <div>发：{content.distributionTo}</div>}
      {content.distributionCc && <div>送：{content.distributionCc}</div>}
      <div style={{ display: 'flex', justifyContent: 'space-between', ...rule }}>
        <span>{content.printedBy}</span>
        <span>{zhDate(content.issuedOn)}印发</span>
      </div>
    </article>
  );
}
