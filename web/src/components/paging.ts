import type { TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';

/** A server-side page of a list: where it is, how big, and how to move. */
export type TPaging = {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
};

/** The tables' pager: page sizes to choose from and "共 N 条". */
export function useTablePagination(paging: TPaging): TablePaginationConfig {
  const { t } = useTranslation();
  return {
    current: paging.page,
    pageSize: paging.pageSize,
    total: paging.total,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total) => t('common.total', { count: total }),
    onChange: paging.onChange,
  };
}
