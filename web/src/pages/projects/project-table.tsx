import { formatYuan, type TProjectListItem } from '@zhucun/core';
import { Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CardList } from '../../components/card-list.tsx';
import { type TPaging, useTablePagination } from '../../components/paging.ts';
import { ProjectKindTags, ProjectStateTag, useTargetLine } from './project-tags.tsx';

export type TProjectListProps = {
  projects: readonly TProjectListItem[];
  loading: boolean;
  paging: TPaging;
  empty: ReactNode;
};

const villagesOf = (p: TProjectListItem) => p.villages.map((v) => v.name).join('、');

/** Projects as a table (1366 px): what, where, who leads, the target, the period, money and state. */
export function ProjectTable({ projects, loading, paging, empty }: TProjectListProps) {
  const { t } = useTranslation();
  const pagination = useTablePagination(paging);
  const target = useTargetLine();
  const columns: TableColumnsType<TProjectListItem> = [
    {
      title: t('projects.col.title'),
      key: 'title',
      render: (_v, p) => (
        <>
          <Link to={`/projects/${p.id}`}>{p.title}</Link>
          <div>
            <ProjectKindTags kind={p.kind} demonstration={p.isDemonstration} />
          </div>
        </>
      ),
    },
    {
      title: t('projects.col.villages'),
      key: 'villages',
      width: 170,
      render: (_v, p) => (
        <>
          {villagesOf(p)}
          <br />
          <Typography.Text type="secondary">{p.townshipName}</Typography.Text>
        </>
      ),
    },
    {
      title: t('projects.col.leader'),
      key: 'leader',
      width: 110,
      render: (_v, p) => (
        <>
          {p.leader.name}
          {p.claimantCount > 0 && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('projects.claimantCount', { count: p.claimantCount })}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    { title: t('projects.col.target'), key: 'target', width: 260, render: (_v, p) => target(p) },
    {
      title: t('projects.col.period'),
      key: 'period',
      width: 120,
      render: (_v, p) => (
        <>
          {p.startDate}
          <br />
          {p.plannedEndDate}
        </>
      ),
    },
    {
      title: t('projects.col.budget'),
      key: 'budget',
      width: 130,
      align: 'right',
      render: (_v, p) => formatYuan(p.budgetFen),
    },
    {
      title: t('projects.col.state'),
      key: 'state',
      width: 120,
      render: (_v, p) => <ProjectStateTag state={p.state} />,
    },
  ];
  return (
    <Table<TProjectListItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...projects]}
      loading={loading}
      pagination={pagination}
      locale={{ emptyText: empty }}
    />
  );
}

/** Projects as cards (a phone): title, state, village, leader and target. */
export function ProjectCards({ projects, loading, paging, empty }: TProjectListProps) {
  const { t } = useTranslation();
  const target = useTargetLine();
  if (!loading && projects.length === 0) return <>{empty}</>;
  return (
    <CardList items={projects} label={t('projects.title')} keyOf={(p) => p.id} paging={paging}>
      {(p) => (
        <>
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
            <Link to={`/projects/${p.id}`} style={{ fontWeight: 600 }}>
              {p.title}
            </Link>
            <ProjectStateTag state={p.state} />
          </div>
          <ProjectKindTags kind={p.kind} demonstration={p.isDemonstration} />
          <div>
            <Typography.Text type="secondary">
              {villagesOf(p)} · {p.leader.name}
            </Typography.Text>
          </div>
          <div>{target(p)}</div>
        </>
      )}
    </CardList>
  );
}
