import { ArrowLeftOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { attendanceCounts, type TMeetingInvitee } from '@zhucun/core';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMeeting } from '../../api/meetings.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { MeetingAttendanceTable } from './meeting-attendance-table.tsx';
import { MeetingDecisions } from './meeting-decisions.tsx';
import { MeetingMinutes } from './meeting-minutes.tsx';

/** Attendance counted by township (counts, never a ranking of people). */
function byTownship(invitees: readonly TMeetingInvitee[]) {
  const groups = new Map<string, TMeetingInvitee[]>();
  for (const i of invitees) groups.set(i.townshipName, [...(groups.get(i.townshipName) ?? []), i]);
  return [...groups].map(([township, list]) => ({
    township,
    ...attendanceCounts(list.map((i) => i.attendance)),
  }));
}

/** `/meetings/:id`: the link, the invitees and their attendance, minutes and decisions (each a task). */
export function MeetingPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const meeting = useMeeting(id);
  if (meeting.isError) return <LoadError error={meeting.error} onRetry={() => void meeting.refetch()} />;
  if (!meeting.data) return <PageSpinner />;
  const m = meeting.data;
  const townships = byTownship(m.invitees);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Link to="/meetings">
        <ArrowLeftOutlined /> {t('meetings.detail.back')}
      </Link>
      <Card>
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            <Tag color={m.kind === 'roll_call' ? 'purple' : 'blue'}>{t(`meetings.kinds.${m.kind}`)}</Tag>
            {m.title}
          </Typography.Title>
          <Button
            type="primary"
            icon={<VideoCameraOutlined />}
            href={m.videoUrl}
            target="_blank"
            rel="noopener"
          >
            {t('meetings.join')}
          </Button>
        </Space>
        <Descriptions size="small" column={3} style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('meetings.detail.time')}>
            {m.localStart} – {m.localEnd.slice(11)}
          </Descriptions.Item>
          <Descriptions.Item label={t('meetings.detail.organiser')}>{m.divisionName}</Descriptions.Item>
          <Descriptions.Item label={t('meetings.detail.link')}>
            <Typography.Text copyable ellipsis style={{ maxWidth: 280 }}>
              {m.videoUrl}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('meetings.detail.invitees', { count: m.invitees.length })}
        extra={<Typography.Text>{t('meetings.counts', m.counts)}</Typography.Text>}
      >
        {!m.mayManage && (
          <Alert type="info" showIcon title={t('meetings.detail.readOnly')} style={{ marginBottom: 12 }} />
        )}
        {m.mayManage && !m.markable && (
          <Alert type="info" showIcon title={t('meetings.detail.notStarted')} style={{ marginBottom: 12 }} />
        )}
        <MeetingAttendanceTable meeting={m} />
        {townships.length > 1 && (
          <Table
            style={{ marginTop: 16 }}
            size="small"
            rowKey="township"
            pagination={false}
            dataSource={townships}
            title={() => t('meetings.detail.byTownship')}
            columns={[
              { title: t('meetings.detail.township'), dataIndex: 'township' },
              ...(['present', 'absent', 'excused', 'unmarked'] as const).map((k) => ({
                title: k === 'unmarked' ? t('meetings.detail.unmarked') : t(`meetings.attendances.${k}`),
                dataIndex: k,
                width: 110,
              })),
            ]}
          />
        )}
      </Card>
      <Card title={t('meetings.detail.minutes')}>
        <MeetingMinutes key={m.minutesUpdatedAt ?? ''} meeting={m} />
      </Card>
      <Card title={t('meetings.detail.decisions')}>
        <MeetingDecisions meeting={m} />
      </Card>
    </Space>
  );
}
