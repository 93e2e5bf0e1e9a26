import type { TFigureCounts, TFigureRow, TOutcomeFigures } from '@zhucun/core';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type TRow = TFigureRow & { children?: TRow[] };
type TFigure = keyof TFigureCounts;

/** Where the records behind a figure are listed: projects on their page, reports and designations on ours. */
export function figureLink(
  figure: TFigure,
  row: { code: string; labourMonth: string | null },
  month: string,
) {
  const division = row.code.length === 12 ? `village=${row.code}` : `township=${row.code}`;
  if (figure === 'industryProjects') return `/projects?kind=industry&${division}`;
  if (figure === 'labourers')
    return `/outcomes?tab=reports&state=approved&division=${row.code}&month=${row.labourMonth ?? month}`;
  const kind =
    figure === 'ruralTourism' ? '&kind=rural_tourism' : figure === 'greatWall' ? '&kind=great_wall' : '';
  return `/outcomes?tab=designations&state=approved&division=${row.code}${kind}`;
}

const FIGURES: { key: TFigure; label: string }[] = [
  { key: 'industryProjects', label: 'industry_projects' },
  { key: 'labourers', label: 'labourers' },
  { key: 'ruralTourism', label: 'rural_tourism' },
  { key: 'greatWall', label: 'great_wall' },
  { key: 'otherDesignations', label: 'other_designations' },
];

/** The four figures (and other designations) by township, each township opening onto its villages. */
export function OutcomeFiguresTable({ figures, month }: { figures: TOutcomeFigures; month: string }) {
  const { t } = useTranslation();
  const figureName = (label: string) => t(`outcomes.figures.${label}` as 'outcomes.figures.labourers');
  const byTownship = new Map<string, TRow[]>();
  for (const v of figures.villages)
    byTownship.set(v.townshipCode, [...(byTownship.get(v.townshipCode) ?? []), v]);
  // a village's cadre has no township row: their village stands alone
  const rows: TRow[] = figures.townships.length
    ? figures.townships.map((r) => {
        const children = byTownship.get(r.code);
        return children ? { ...r, children } : r;
      })
    : figures.villages;
  const columns = [
    {
      title: `${t('outcomes.township')} / ${t('outcomes.village')}`,
      dataIndex: 'name',
      key: 'name',
      width: 200,
    },
    ...FIGURES.map((f) => ({
      title: figureName(f.label),
      key: f.key,
      align: 'right' as const,
      render: (_: unknown, row: TRow) =>
        row[f.key] > 0 ? (
          <Link to={figureLink(f.key, row, month)} aria-label={`${row.name} ${figureName(f.label)}`}>
            {row[f.key].toLocaleString('zh-CN')}
          </Link>
        ) : (
          <Typography.Text type="secondary">0</Typography.Text>
        ),
    })),
    {
      title: t('outcomes.labourMonth'),
      dataIndex: 'labourMonth',
      key: 'labourMonth',
      width: 110,
      render: (m: string | null) => m ?? '—',
    },
  ];
  return (
    <Table<TRow>
      rowKey="code"
      size="middle"
      dataSource={rows}
      columns={columns}
      pagination={false}
      scroll={{ x: 860 }}
      expandable={{ indentSize: 16 }}
      locale={{ emptyText: t('outcomes.noFigures') }}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>
              {figures.townships.length > 1 ? t('outcomes.total') : t('outcomes.scopeTotal')}
            </Typography.Text>
          </Table.Summary.Cell>
          {FIGURES.map((f, i) => (
            <Table.Summary.Cell key={f.key} index={i + 1} align="right">
              <Typography.Text strong data-testid={`total-${f.key}`}>
                {figures.totals[f.key].toLocaleString('zh-CN')}
              </Typography.Text>
            </Table.Summary.Cell>
          ))}
          <Table.Summary.Cell index={FIGURES.length + 1}>
            {figures.labourMonths.join('、') || '—'}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
