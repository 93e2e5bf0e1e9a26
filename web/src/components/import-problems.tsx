import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { cadreExcelZhCN } from '../i18n/cadre-excel.zh-CN.ts';
import type { TImportProblem } from '../lib/cadre-excel.ts';

type TColumnKey = keyof typeof cadreExcelZhCN.cadreExcel.columns;
const isColumnKey = (value: string): value is TColumnKey =>
  Object.hasOwn(cadreExcelZhCN.cadreExcel.columns, value);

/** Every problem of a refused import: row, column and the server's reason; the reason wraps on phones. */
export function ImportProblems({ problems }: { problems: readonly TImportProblem[] }) {
  const { t } = useTranslation();
  const columnLabel = (column: string | null) =>
    column === null ? '' : isColumnKey(column) ? t(`cadreExcel.columns.${column}`) : column;
  const columns: TableColumnsType<TImportProblem> = [
    { title: t('cadreExcel.row'), dataIndex: 'row', key: 'row', width: 56 },
    {
      title: t('cadreExcel.column'),
      key: 'column',
      width: 96,
      render: (_v, p) => columnLabel(p.column),
    },
    { title: t('cadreExcel.reason'), dataIndex: 'reason', key: 'reason' },
  ];
  return (
    <Table<TImportProblem>
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={problems}
      tableLayout="fixed"
      pagination={problems.length > 50 ? { pageSize: 50, showSizeChanger: false, simple: true } : false}
    />
  );
}
