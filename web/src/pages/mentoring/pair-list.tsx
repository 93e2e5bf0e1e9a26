import type { TActivePair } from '@zhucun/core';
import { Button, Card, Empty, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { LIST_STYLE } from './gap-list.tsx';

type Props = {
  pairs: readonly TActivePair[];
  loading: boolean;
  /** Whether the caller may end this pair (its level is theirs). */
  mayEnd: (pair: TActivePair) => boolean;
  onEnd: (pair: TActivePair) => void;
};

/** 在任结对: active pairs in scope, by village, mentee and level. */
export function PairList({ pairs, loading, mayEnd, onEnd }: Props) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const endButton = (p: TActivePair) =>
    mayEnd(p) && (
      <Button
        size="small"
        danger
        aria-label={`${t('mentoring.end')}：${p.personName} · ${p.mentorName}`}
        onClick={() => onEnd(p)}
      >
        {t('mentoring.end')}
      </Button>
    );
  const level = (p: TActivePair) => t(`mentoring.levels.${p.level}`);
  const empty = <Empty description={t('mentoring.emptyPairs')} />;
  if (isMobile) {
    if (!loading && pairs.length === 0) return empty;
    return (
      <ul aria-label={t('mentoring.tabs.pairs', { count: pairs.length })} style={LIST_STYLE}>
        {pairs.map((p) => (
          <li key={p.id}>
            <Card
              size="small"
              extra={endButton(p)}
              title={<Link to={`/cadres/${p.personId}`}>{p.personName}</Link>}
            >
              <div>{t('mentoring.mentorOf', { level: level(p), name: p.mentorName })}</div>
              <Typography.Text type="secondary">
                {p.posting?.villageName} · {t('mentoring.profile.since', { date: p.startDate })} ·{' '}
                {t('mentoring.talks')} {t('mentoring.talkCount', { count: p.talkCount })}
              </Typography.Text>
            </Card>
          </li>
        ))}
      </ul>
    );
  }
  const columns: TableColumnsType<TActivePair> = [
    {
      title: t('mentoring.township'),
      key: 'township',
      width: 110,
      render: (_v, p) => p.posting?.townshipName ?? '—',
    },
    {
      title: t('mentoring.village'),
      key: 'village',
      width: 150,
      render: (_v, p) => p.posting?.villageName ?? '—',
    },
    {
      title: t('mentoring.mentee'),
      key: 'mentee',
      width: 100,
      render: (_v, p) => <Link to={`/cadres/${p.personId}`}>{p.personName}</Link>,
    },
    { title: t('mentoring.level'), key: 'level', width: 90, render: (_v, p) => level(p) },
    { title: t('mentoring.mentor'), dataIndex: 'mentorName', key: 'mentor', width: 120 },
    { title: t('mentoring.startDate'), dataIndex: 'startDate', key: 'startDate', width: 120 },
    {
      title: t('mentoring.talks'),
      key: 'talks',
      width: 100,
      render: (_v, p) => t('mentoring.talkCount', { count: p.talkCount }),
    },
    { title: t('mentoring.actions'), key: 'actions', width: 90, render: (_v, p) => endButton(p) },
  ];
  return (
    <Table<TActivePair>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...pairs]}
      loading={loading}
      scroll={{ x: 900 }}
      locale={{ emptyText: empty }}
      pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
    />
  );
}
