import type { TNominationView, TSelection } from '@zhucun/core';
import { Button, Card, Empty, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Props = {
  selection: TSelection;
  withdrawing: boolean;
  onWithdraw: (nominationId: number) => void;
};

/**
 * The nominated projects. Before the notice: by township, with (for the county) how many scores each
 * has and how many panel members may score it; from the notice on: in award order with the combined
 * score (highest and lowest dropped), the proposed awards marked.
 */
export function SelectionNominationsCard({ selection: s, withdrawing, onWithdraw }: Props) {
  const { t } = useTranslation();
  const published = s.stage === 'notice' || s.stage === 'confirmed';
  const combined = (n: TNominationView) => {
    const c = n.combined;
    if (!c || c.score === null) return t('projectSelections.unscored');
    const detail = c.trimmed
      ? t('projectSelections.trimmed', { high: c.droppedHighest, low: c.droppedLowest, count: c.count })
      : t('projectSelections.untrimmed', { count: c.count });
    return (
      <Tooltip title={`${detail}；${t('projectSelections.meanOfAll', { mean: c.meanOfAll })}`}>
        <Typography.Text strong>{c.score.toFixed(1)}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
          {detail}
        </Typography.Text>
      </Tooltip>
    );
  };
  return (
    <Card
      title={t(published ? 'projectSelections.noticeList' : 'projectSelections.nominations')}
      size="small"
    >
      <Table<TNominationView>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={s.nominations}
        locale={{ emptyText: <Empty description={t('projectSelections.noNominations')} /> }}
        rowClassName={(n) => (n.withdrawn ? 'zc-row-muted' : '')}
        columns={[
          ...(published
            ? [
                {
                  title: t('projectSelections.col.rank'),
                  dataIndex: 'rank',
                  width: 60,
                  render: (r: number | null) => r ?? '—',
                },
              ]
            : []),
          {
            title: t('projectSelections.col.project'),
            key: 'title',
            render: (_, n) => (
              <Space direction="vertical" size={0}>
                {n.awardId ? (
                  <Link to={`/project-selections/cases/${n.awardId}`}>{n.title}</Link>
                ) : n.leaderName ? (
                  <Link to={`/projects/${n.projectId}`}>{n.title}</Link>
                ) : (
                  <span>{n.title}</span>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`projects.kinds.${n.kind}`)}
                  {n.leaderName ? ` · ${t('projectSelections.leader', { name: n.leaderName })}` : ''}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('projectSelections.col.place'),
            key: 'place',
            render: (_, n) => `${n.townshipName} ${n.villageNames.join('、')}`,
          },
          {
            title: t('projectSelections.col.reason'),
            dataIndex: 'reason',
            render: (v: string) => (
              <Typography.Paragraph ellipsis={{ rows: 2, tooltip: v }} style={{ margin: 0, maxWidth: 280 }}>
                {v}
              </Typography.Paragraph>
            ),
          },
          ...(published
            ? [
                {
                  title: t('projectSelections.col.combined'),
                  key: 'combined',
                  render: (_: unknown, n: TNominationView) => combined(n),
                },
              ]
            : s.mayManage && s.stage === 'scoring'
              ? [
                  {
                    title: t('projectSelections.col.scores'),
                    key: 'scores',
                    render: (_: unknown, n: TNominationView) => (
                      <Typography.Text type={(n.scoreCount ?? 0) < 3 ? 'warning' : undefined}>
                        {t('projectSelections.scoreCount', {
                          count: n.scoreCount ?? 0,
                          eligible: n.eligibleReviewers ?? 0,
                        })}
                      </Typography.Text>
                    ),
                  },
                ]
              : []),
          {
            title: t('projectSelections.col.status'),
            key: 'status',
            render: (_, n) => (
              <Space size={4} wrap>
                {n.withdrawn && <Tag>{t('projectSelections.withdrawn')}</Tag>}
                {n.proposed && s.stage === 'notice' && (
                  <Tag color="orange">{t('projectSelections.proposed')}</Tag>
                )}
                {n.awardId && <Tag color="gold">{t('projectSelections.awarded')}</Tag>}
                {n.upheldObjections > 0 && <Tag color="red">{t('projectSelections.objectionUpheld')}</Tag>}
                {s.mayNominate && !n.withdrawn && (
                  <Popconfirm
                    title={t('projectSelections.withdrawConfirm')}
                    onConfirm={() => onWithdraw(n.id)}
                  >
                    <Button size="small" loading={withdrawing}>
                      {t('projectSelections.withdraw')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
