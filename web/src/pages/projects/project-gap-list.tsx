import type { TProjectGapPerson } from '@zhucun/core';
import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { type TGapFilter, type TGapKind, useProjectGaps } from '../../api/projects.ts';
import { CardList } from '../../components/card-list.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { useTablePagination } from '../../components/paging.ts';
import { useIsMobile } from '../../components/use-is-mobile.ts';

type Props = {
  kind: TGapKind;
  filter: TGapFilter;
  onPage: (page: number, pageSize: number) => void;
};

/** A gap (一村一示范 or 责任田): people by township, village and name, as the server orders them; no rank. */
export function ProjectGapList({ kind, filter, onPage }: Props) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const gaps = useProjectGaps(kind, filter, true);
  const canOpen = useSession().data?.user.permissions.includes('registry:read') ?? false;
  const paging = {
    page: filter.page,
    pageSize: filter.pageSize,
    total: gaps.data?.total ?? 0,
    onChange: onPage,
  };
  const pagination = useTablePagination(paging);
  const name = (g: TProjectGapPerson) =>
    canOpen ? <Link to={`/cadres/${g.personId}`}>{g.name}</Link> : g.name;
  if (gaps.isError) return <LoadError error={gaps.error} onRetry={() => void gaps.refetch()} />;
  const items = gaps.data?.items ?? [];
  // The count shows once it is known: 共 0 人 while loading would read as "no gap".
  const total = gaps.data ? (
    <Typography.Paragraph strong>{t('projects.gaps.total', { count: gaps.data.total })}</Typography.Paragraph>
  ) : null;
  if (isMobile)
    return (
      <>
        {total}
        <CardList items={items} label={t(`projects.tabs.${kind}`)} keyOf={(g) => g.personId} paging={paging}>
          {(g) => (
            <>
              <div>
                {name(g)} <Typography.Text type="secondary">· {g.postTitle}</Typography.Text>
              </div>
              <Typography.Text type="secondary">
                {g.townshipName} · {g.villageName}
              </Typography.Text>
            </>
          )}
        </CardList>
      </>
    );
  const columns: TableColumnsType<TProjectGapPerson> = [
    { title: t('projects.gaps.township'), dataIndex: 'townshipName', key: 'township', width: 140 },
    { title: t('projects.gaps.village'), dataIndex: 'villageName', key: 'village', width: 180 },
    { title: t('projects.gaps.name'), key: 'name', width: 140, render: (_v, g) => name(g) },
    {
      title: t('projects.gaps.category'),
      key: 'category',
      width: 200,
      render: (_v, g) => t(`registry.categories.${g.category}`),
    },
    { title: t('projects.gaps.postTitle'), dataIndex: 'postTitle', key: 'postTitle' },
  ];
  return (
    <>
      {total}
      <Table<TProjectGapPerson>
        rowKey="personId"
        size="small"
        columns={columns}
        dataSource={items}
        loading={gaps.isFetching}
        pagination={pagination}
        locale={{ emptyText: t('projects.gaps.none') }}
      />
    </>
  );
}
