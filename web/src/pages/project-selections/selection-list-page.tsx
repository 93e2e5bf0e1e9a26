import { PlusOutlined, TrophyOutlined } from '@ant-design/icons';
import type { TSelectionListItem } from '@zhucun/core';
import { Alert, Button, Card, Empty, List, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { useDivisionTree } from '../../api/divisions.ts';
import { useAwards, usePanelTasks, useSelections } from '../../api/project-selections.ts';
import { LoadError } from '../../components/load-error.tsx';
import { nodesOfLevel } from '../../lib/division-options.ts';
import { SelectionOpenModal } from './selection-open-modal.tsx';
import { SelectionStageTag } from './selection-tags.tsx';

/** `/project-selections`: the years' selections of excellent innovative projects, and their case pages. */
export function SelectionListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'cases' ? 'cases' : 'selections';
  const session = useSession();
  const mayManage = !!session.data?.user.permissions.includes('selections:manage');
  const selections = useSelections();
  const awards = useAwards();
  const tasks = usePanelTasks();
  const tree = useDivisionTree(mayManage);
  const [opening, setOpening] = useState(false);
  const due = (tasks.data?.items ?? []).filter((i) => i.stage === 'scoring');

  return (
    <>
      <div className="zc-page-head">
        <div>
          <Typography.Title level={3} style={{ marginBottom: 4 }}>
            {t('projectSelections.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('projectSelections.hint')}</Typography.Text>
        </div>
        {mayManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
            {t('projectSelections.open.button')}
          </Button>
        )}
      </div>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {due.map((d) => (
          <Alert
            key={d.selectionId}
            type="info"
            showIcon
            title={t('projectSelections.panelTask', { year: d.year, count: d.toScore })}
            action={
              <Link to={`/project-selections/${d.selectionId}/score`}>{t('projectSelections.goScore')}</Link>
            }
          />
        ))}
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'cases' ? { tab: 'cases' } : {}, { replace: true })}
          items={[
            {
              key: 'selections',
              label: t('projectSelections.tabs.selections'),
              children: selections.isError ? (
                <LoadError error={selections.error} onRetry={() => void selections.refetch()} />
              ) : (
                <Table<TSelectionListItem>
                  rowKey="id"
                  loading={selections.isPending}
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  dataSource={selections.data?.items}
                  locale={{ emptyText: <Empty description={t('projectSelections.empty')} /> }}
                  onRow={(s) => ({
                    onClick: () => void navigate(`/project-selections/${s.id}`),
                    style: { cursor: 'pointer' },
                  })}
                  columns={[
                    {
                      title: t('projectSelections.col.year'),
                      dataIndex: 'year',
                      render: (y: number, s) => (
                        <Link to={`/project-selections/${s.id}`}>
                          {t('projectSelections.yearTitle', { year: y })}
                        </Link>
                      ),
                    },
                    {
                      title: t('projectSelections.col.stage'),
                      dataIndex: 'stage',
                      render: (v) => <SelectionStageTag stage={v} />,
                    },
                    { title: t('projectSelections.col.nominated'), dataIndex: 'nominated', align: 'right' },
                    { title: t('projectSelections.col.awardCount'), dataIndex: 'awardCount', align: 'right' },
                    {
                      title: t('projectSelections.col.notice'),
                      key: 'notice',
                      render: (_, s) => (s.noticeStart ? `${s.noticeStart} ~ ${s.noticeEnd}` : '—'),
                    },
                    { title: t('projectSelections.col.awarded'), dataIndex: 'awarded', align: 'right' },
                  ]}
                />
              ),
            },
            {
              key: 'cases',
              label: t('projectSelections.tabs.cases'),
              children: awards.isError ? (
                <LoadError error={awards.error} onRetry={() => void awards.refetch()} />
              ) : (
                <List
                  loading={awards.isPending}
                  grid={{ gutter: 16, xs: 1, sm: 1, md: 2, lg: 3 }}
                  dataSource={awards.data?.items}
                  locale={{ emptyText: <Empty description={t('projectSelections.noCases')} /> }}
                  renderItem={(a) => (
                    <List.Item>
                      <Card
                        size="small"
                        hoverable
                        onClick={() => void navigate(`/project-selections/cases/${a.id}`)}
                      >
                        <Space direction="vertical" size={4}>
                          <Link to={`/project-selections/cases/${a.id}`}>
                            <TrophyOutlined /> {a.title}
                          </Link>
                          <Typography.Text type="secondary">
                            {t('projectSelections.caseLine', {
                              year: a.year,
                              place: `${a.townshipName} ${a.villageNames.join('、')}`,
                            })}
                          </Typography.Text>
                          <Space size={4}>
                            <Tag>{t(`projects.kinds.${a.kind}`)}</Tag>
                            {a.score !== null && (
                              <Tag color="gold">
                                {t('projectSelections.points', { score: a.score.toFixed(1) })}
                              </Tag>
                            )}
                          </Space>
                        </Space>
                      </Card>
                    </List.Item>
                  )}
                />
              ),
            },
          ]}
        />
      </Space>
      {mayManage && (
        <SelectionOpenModal
          open={opening}
          townships={tree.data ? nodesOfLevel(tree.data.roots, 'township') : []}
          onOpened={(id) => {
            setOpening(false);
            void navigate(`/project-selections/${id}`);
          }}
          onClose={() => setOpening(false)}
        />
      )}
    </>
  );
}
