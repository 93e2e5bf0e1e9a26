import { ATTENDANCES, type TMeetingInvitee, type TMeetingView } from '@zhucun/core';
import { App, Radio, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useMarkAttendance } from '../../api/meetings.ts';

const COLORS = { present: 'green', absent: 'red', excused: 'gold' } as const;

/** Invitees with their attendance; the organiser marks each with one click once the meeting has started. */
export function MeetingAttendanceTable({ meeting }: { meeting: TMeetingView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mark = useMarkAttendance(meeting.id);
  const editable = meeting.mayManage && meeting.markable;
  return (
    <Table<TMeetingInvitee>
      rowKey="personId"
      size="small"
      pagination={false}
      dataSource={meeting.invitees}
      scroll={{ x: 900 }}
      columns={[
        { title: t('meetings.detail.name'), dataIndex: 'name', width: 110 },
        {
          title: t('meetings.detail.village'),
          key: 'village',
          width: 200,
          render: (_, i) => `${i.townshipName} ${i.villageName}`,
        },
        {
          title: t('meetings.detail.attendance'),
          key: 'attendance',
          render: (_, i) => (
            <Space wrap size={8}>
              {editable ? (
                <Radio.Group
                  size="small"
                  optionType="button"
                  buttonStyle="solid"
                  aria-label={`${t('meetings.detail.attendance')} ${i.name}`}
                  value={i.marked}
                  disabled={mark.isPending}
                  onChange={(e) =>
                    mark.mutate(
                      { personId: i.personId, attendance: e.target.value },
                      { onError: (error) => void message.error(errorMessage(error)) },
                    )
                  }
                  options={ATTENDANCES.map((a) => ({ value: a, label: t(`meetings.attendances.${a}`) }))}
                />
              ) : null}
              {i.attendance ? (
                <Tag color={COLORS[i.attendance]}>{t(`meetings.attendances.${i.attendance}`)}</Tag>
              ) : (
                <Typography.Text type="secondary">{t('meetings.detail.unmarked')}</Typography.Text>
              )}
              {i.excusedBy && (
                <Typography.Text type="secondary">
                  {t('meetings.detail.excusedBy', {
                    kind: t(`duty.notifications.messages.absenceKinds.${i.excusedBy.kind}`),
                    dates:
                      i.excusedBy.startDate === i.excusedBy.endDate
                        ? i.excusedBy.startDate
                        : `${i.excusedBy.startDate} – ${i.excusedBy.endDate}`,
                  })}
                </Typography.Text>
              )}
              {i.spotCheckId && <Tag>{t('meetings.detail.spotCheck')}</Tag>}
            </Space>
          ),
        },
      ]}
    />
  );
}
