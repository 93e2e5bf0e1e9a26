import { EditOutlined, HistoryOutlined } from '@ant-design/icons';
import type { TDutyListPost, TDutyListPostSummary, TDutyListVersion } from '@zhucun/core';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { useDutyListOverview } from '../../api/duty-lists.ts';
import { DutyListText } from '../../components/duty-list-text.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { DutyListHistoryDrawer } from './duty-list-history-drawer.tsx';

const dutyCount = (v: TDutyListVersion) => v.items.filter((i) => i.kind === 'duty').length;

/** `/duty-lists`: 岗位职责清单, the five posts with the version in force, scheduled versions, the draft. */
export function DutyListPage() {
  const { t } = useTranslation();
  const overview = useDutyListOverview();
  const canEdit = useSession().data?.user.permissions.includes('duty_lists:write') ?? false;
  const [history, setHistory] = useState<TDutyListPost | null>(null);

  const versionLine = (v: TDutyListVersion) => (
    <Space size={4} wrap>
      <Typography.Text strong>{t('dutyLists.versionNo', { no: v.versionNo })}</Typography.Text>
      <Typography.Text>{t('dutyLists.since', { date: v.effectiveFrom })}</Typography.Text>
      <Typography.Text type="secondary">{t('dutyLists.lines', { count: dutyCount(v) })}</Typography.Text>
    </Space>
  );
  const columns = [
    {
      title: t('dutyLists.post'),
      key: 'post',
      width: 230,
      render: (_: unknown, p: TDutyListPostSummary) => (
        <Typography.Text strong>{t(`dutyLists.posts.${p.category}`)}</Typography.Text>
      ),
    },
    {
      title: t('dutyLists.inForce'),
      key: 'inForce',
      render: (_: unknown, p: TDutyListPostSummary) => (
        <Space direction="vertical" size={2}>
          {p.inForce ? (
            versionLine(p.inForce)
          ) : (
            <Typography.Text type="secondary">{t('dutyLists.none')}</Typography.Text>
          )}
          {p.scheduled.map((v) => (
            <Tag key={v.id} color="blue">
              {t('dutyLists.scheduled', { no: v.versionNo, date: v.effectiveFrom })}
            </Tag>
          ))}
        </Space>
      ),
    },
    ...(canEdit
      ? [
          {
            title: t('dutyLists.draft'),
            key: 'draft',
            width: 260,
            render: (_: unknown, p: TDutyListPostSummary) =>
              p.draft ? (
                <Tag color="orange">
                  {t('dutyLists.draftSaved', { time: dayjs(p.draft.updatedAt).format('YYYY-MM-DD HH:mm') })}
                </Tag>
              ) : (
                <Typography.Text type="secondary">{t('dutyLists.noDraft')}</Typography.Text>
              ),
          },
        ]
      : []),
    {
      title: '',
      key: 'actions',
      width: 220,
      render: (_: unknown, p: TDutyListPostSummary) => (
        <Space>
          {canEdit && (
            <Link
              to={`/duty-lists/${p.category}/edit`}
              aria-label={`${t('dutyLists.edit')} ${t(`dutyLists.posts.${p.category}`)}`}
            >
              <EditOutlined /> {t('dutyLists.edit')}
            </Link>
          )}
          <Button
            type="link"
            icon={<HistoryOutlined />}
            onClick={() => setHistory(p.category)}
            aria-label={`${t('dutyLists.history')} ${t(`dutyLists.posts.${p.category}`)}`}
          >
            {t('dutyLists.history')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('dutyLists.title')}</Typography.Title>
      </div>
      <Typography.Paragraph type="secondary">{t('dutyLists.intro')}</Typography.Paragraph>
      <Card>
        {overview.isError ? (
          <LoadError error={overview.error} onRetry={() => void overview.refetch()} />
        ) : (
          <Table<TDutyListPostSummary>
            rowKey="category"
            loading={overview.isFetching}
            dataSource={overview.data?.posts ?? []}
            columns={columns}
            pagination={false}
            scroll={{ x: 900 }}
            expandable={{
              rowExpandable: (p) => p.inForce !== null,
              expandedRowRender: (p) => (p.inForce ? <DutyListText items={p.inForce.items} /> : null),
            }}
          />
        )}
      </Card>
      <DutyListHistoryDrawer category={history} onClose={() => setHistory(null)} />
    </>
  );
}
