import type { THomeCadre } from '@zhucun/core';
import { Card, Empty, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIsMobile } from './use-is-mobile.ts';

type Props = { cadres: readonly THomeCadre[]; loading: boolean; canOpen: boolean };

/** 走读风险: stationed cadres who live in no home, in the server's order (village, name) — never ranked. */
export function HomeCadreList({ cadres, loading, canOpen }: Props) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const name = (c: THomeCadre) => (canOpen ? <Link to={`/cadres/${c.personId}`}>{c.name}</Link> : c.name);
  const category = (c: THomeCadre) => t(`registry.categories.${c.category}`);
  if (!loading && cadres.length === 0) return <Empty description={t('homes.withoutHome.empty')} />;
  if (isMobile)
    return (
      <ul
        style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}
        aria-label={t('homes.withoutHome.list')}
      >
        {cadres.map((c) => (
          <li key={c.personId}>
            <Card size="small">
              <Typography.Text strong>{name(c)}</Typography.Text>{' '}
              <Typography.Text type="secondary">{c.postTitle}</Typography.Text>
              <div>
                <Typography.Text type="secondary">
                  {c.townshipName} · {c.villageName} · {category(c)}
                  {c.unitName ? ` · ${c.unitName}` : ''}
                </Typography.Text>
              </div>
            </Card>
          </li>
        ))}
      </ul>
    );
  const columns: TableColumnsType<THomeCadre> = [
    {
      title: t('homes.village'),
      key: 'village',
      width: 170,
      render: (_v, c) => `${c.townshipName} · ${c.villageName}`,
    },
    { title: t('homes.withoutHome.name'), key: 'name', width: 110, render: (_v, c) => name(c) },
    { title: t('homes.withoutHome.category'), key: 'category', width: 210, render: (_v, c) => category(c) },
    { title: t('homes.withoutHome.post'), dataIndex: 'postTitle', key: 'post', width: 140 },
    { title: t('homes.withoutHome.unit'), key: 'unit', render: (_v, c) => c.unitName ?? '—' },
  ];
  return (
    <Table<THomeCadre>
      rowKey="personId"
      size="small"
      columns={columns}
      dataSource={[...cadres]}
      loading={loading}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      aria-label={t('homes.withoutHome.list')}
    />
  );
}
