import { PlusOutlined } from '@ant-design/icons';
import { MEETING_KINDS, type TMeetingKind, type TMeetingListItem } from '@zhucun/core';
import { Button, Card, Empty, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { type TMeetingFilter, useMeetingList } from '../../api/meetings.ts';
import { useTaskAssignable } from '../../api/tasks.ts';
import { LoadError } from '../../components/load-error.tsx';
import { changedParams } from '../../lib/search-params.ts';

function filterOf(params: URLSearchParams): TMeetingFilter {
  const kind = params.get('kind');
  return {
    when: params.get('when') === 'past' ? 'past' : 'upcoming',
    township: params.get('township') ?? undefined,
    kind: (MEETING_KINDS as readonly string[]).includes(kind ?? '') ? (kind as TMeetingKind) : undefined,
  };
}

/** `/meetings`: meetings and video roll calls in scope, upcoming or past, by township and kind; attendance as counts. */
export function MeetingListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const permissions = useSession().data?.user.permissions ?? [];
  const canSchedule = permissions.includes('duty:review');
  const assignable = useTaskAssignable(permissions.includes('tasks:assign'));
  const meetings = useMeetingList(filter);
  const set = (change: Record<string, string | undefined>) => setParams(changedParams(params, change));

  if (meetings.isError) return <LoadError error={meetings.error} onRetry={() => void meetings.refetch()} />;
  const townships = assignable.data?.level === 'county' ? assignable.data.townships : [];
  const table = (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {townships.length > 0 && (
          <Select
            aria-label={t('meetings.allTownships')}
            value={filter.township ?? ''}
            onChange={(v) => set({ township: v || undefined })}
            options={[
              { value: '', label: t('meetings.allTownships') },
              ...townships.map((d) => ({ value: d.code, label: d.name })),
            ]}
            style={{ width: 160 }}
          />
        )}
        <Select
          aria-label={t('meetings.allKinds')}
          value={filter.kind ?? ''}
          onChange={(v) => set({ kind: v || undefined })}
          options={[
            { value: '', label: t('meetings.allKinds') },
            ...MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) })),
          ]}
          style={{ width: 140 }}
        />
      </Space>
      <Table<TMeetingListItem>
        rowKey="id"
        size="middle"
        loading={meetings.isFetching}
        dataSource={meetings.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('meetings.empty')} /> }}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('meetings.col.title'),
            key: 'title',
            render: (_, m) => <Link to={`/meetings/${m.id}`}>{m.title}</Link>,
          },
          {
            title: t('meetings.col.kind'),
            key: 'kind',
            width: 110,
            render: (_, m) => (
              <Tag color={m.kind === 'roll_call' ? 'purple' : 'blue'}>{t(`meetings.kinds.${m.kind}`)}</Tag>
            ),
          },
          {
            title: t('meetings.col.time'),
            key: 'time',
            width: 210,
            render: (_, m) => `${m.localStart} – ${m.localEnd.slice(11)}`,
          },
          { title: t('meetings.col.organiser'), dataIndex: 'divisionName', width: 120 },
          {
            title: t('meetings.col.attendance'),
            key: 'counts',
            width: 330,
            render: (_, m) => t('meetings.counts', m.counts),
          },
        ]}
      />
    </>
  );

  return (
    <Card>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between' }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('meetings.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('meetings.hint')}</Typography.Text>
        </div>
        {canSchedule && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/meetings/new')}>
            {t('meetings.schedule')}
          </Button>
        )}
      </div>
      <Tabs
        activeKey={filter.when}
        onChange={(when) => set({ when: when === 'past' ? 'past' : undefined })}
        items={(['upcoming', 'past'] as const).map((w) => ({
          key: w,
          label: t(`meetings.tabs.${w}`),
          children: w === filter.when ? table : null,
        }))}
      />
    </Card>
  );
}
