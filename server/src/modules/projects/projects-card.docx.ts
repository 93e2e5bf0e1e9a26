import {
  formatYuan,
  labelsIn,
  milestoneState,
  PROJECT_ACTION_LABELS,
  PROJECT_FUNDING_SOURCE_LABELS,
  PROJECT_KIND_LABELS,
  PROJECT_STATE_LABELS,
  type TProject,
  type TProjectAction,
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

const KIND_ZH = labelsIn(PROJECT_KIND_LABELS, 'zh-CN');
const STATE_ZH = labelsIn(PROJECT_STATE_LABELS, 'zh-CN');
const SOURCE_ZH = labelsIn(PROJECT_FUNDING_SOURCE_LABELS, 'zh-CN');
const ACTION_ZH = labelsIn(PROJECT_ACTION_LABELS, 'zh-CN');

export type TCardMilestone = {
  title: string;
  deliverable: string;
  ownerName: string;
  dueDate: string;
  baselineDue: string | null;
  doneOn: string | null;
};

const text = (s: string, bold = false) => new Paragraph({ children: [new TextRun({ text: s, bold })] });
const cell = (s: string, bold = false) => new TableCell({ children: [text(s, bold)] });
const table = (rows: string[][], header?: string[]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...(header ? [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) })] : []),
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, !header && i % 2 === 0)) })),
    ],
  });
const heading = (s: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(s)] });

/** A date as a Chinese reader writes it: 2026年3月31日. */
const zhDate = (d: string) => `${d.slice(0, 4)}年${+d.slice(5, 7)}月${+d.slice(8, 10)}日`;
const yuan = (fen: number) => `${formatYuan(fen).replace('¥', '')} 元`;

/** A milestone's standing on `today` in words: 已完成, 逾期 N 天, 进行中 (core's milestoneState). */
function milestoneWords(m: TCardMilestone, today: string): string {
  const s = milestoneState({ due: m.dueDate, baselineDue: m.baselineDue, doneOn: m.doneOn }, today);
  const slip = s.slippageDays
    ? `（较基线${s.slippageDays > 0 ? '推迟' : '提前'} ${Math.abs(s.slippageDays)} 天）`
    : '';
  if (s.status === 'done') return `已完成 ${m.doneOn}${slip}`;
  if (s.status === 'done_late') return `已完成 ${m.doneOn}，晚 ${s.lateDays} 天${slip}`;
  if (s.status === 'overdue') return `逾期 ${s.overdueDays} 天${slip}`;
  return `未到期${slip}`;
}

function targetLine(p: TProject) {
  const qty = p.targetQuantity === null ? '' : ` ${p.targetQuantity}${p.targetUnit}`;
  return `${p.targetWhat}${qty}，${zhDate(p.targetDate)}前`;
}

/** 项目卡: one project on paper — its facts, money, plan and history — in Word, for the file or a meeting. */
export async function projectCardDocument(p: TProject, milestones: TCardMilestone[], today: string) {
  const fundingTotal = p.funding.reduce((sum, f) => sum + f.amountFen, 0);
  const facts: string[][] = [
    ['项目名称', p.title, '项目类型', `${KIND_ZH[p.kind]}${p.isDemonstration ? '（一村一示范）' : ''}`],
    ['乡镇', p.townshipName, '村（社区）', p.villages.map((v) => v.name).join('、')],
    ['领办人', p.leader.name, '状态', STATE_ZH[p.state] + (p.stopReason ? `：${p.stopReason}` : '')],
    [
      '认领人',
      p.claimants.length
        ? p.claimants.map((c) => (c.duty ? `${c.name}（${c.duty}）` : c.name)).join('、')
        : '无',
      '目标',
      targetLine(p),
    ],
    ['开工日期', zhDate(p.startDate), '计划完成', zhDate(p.plannedEndDate)],
    [
      '基线完成日期',
      p.baselinePlannedEnd ? zhDate(p.baselinePlannedEnd) : '未审核（尚无基线）',
      '实际完成',
      p.actualEndDate ? zhDate(p.actualEndDate) : '',
    ],
    ['项目预算', yuan(p.budgetFen), '受益', `${p.beneficiaryHouseholds} 户 ${p.beneficiaryPeople} 人`],
  ];
  const funding = p.funding.length
    ? [
        table(
          [
            ...p.funding.map((f) => [SOURCE_ZH[f.source], yuan(f.amountFen), f.note]),
            ['合计', yuan(fundingTotal), ''],
          ],
          ['资金来源', '金额', '说明'],
        ),
      ]
    : [text('未填写资金来源。')];
  const plan = milestones.length
    ? [
        table(
          milestones.map((m) => [
            m.title,
            m.deliverable,
            m.ownerName,
            m.dueDate,
            m.baselineDue ?? '新增',
            milestoneWords(m, today),
          ]),
          ['节点', '交付成果', '责任人', '计划完成', '基线', '完成情况'],
        ),
      ]
    : [text('尚未制定节点计划。')];
  const history = p.events.map((e) =>
    text(
      `${e.at.slice(0, 10)}　${e.action === 'create' ? '申报' : (ACTION_ZH[e.action as TProjectAction] ?? e.action)}　${e.actorName ?? ''}${e.note ? `：${e.note}` : ''}`,
    ),
  );
  const doc = new Document({
    creator: 'Zhucun 驻村',
    title: `项目卡 · ${p.title}`,
    styles: { default: { document: { run: { font: 'SimSun', size: 22 } } } },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun('帮扶项目卡')],
          }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(p.title)] }),
          heading('基本情况'),
          table(facts),
          ...(p.summary ? [heading('项目简介'), text(p.summary)] : []),
          heading('资金来源'),
          ...funding,
          heading('挂图作战节点'),
          ...plan,
          heading('办理记录'),
          ...history,
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun(`导出日期：${zhDate(today)}`)],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
