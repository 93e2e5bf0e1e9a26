import type { TMeetingView } from '@zhucun/core';
import { App, Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useSaveMinutes } from '../../api/meetings.ts';

/** 会议纪要: read by all who see the meeting, edited by the organiser (each save audited). */
export function MeetingMinutes({ meeting }: { meeting: TMeetingView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState(meeting.minutes);
  const save = useSaveMinutes(meeting.id);
  if (!meeting.mayManage)
    return (
      <Typography.Paragraph
        style={{ whiteSpace: 'pre-wrap' }}
        type={meeting.minutes ? undefined : 'secondary'}
      >
        {meeting.minutes || t('meetings.detail.minutesEmpty')}
      </Typography.Paragraph>
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Input.TextArea
        aria-label={t('meetings.detail.minutes')}
        rows={6}
        maxLength={20000}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <Button
        loading={save.isPending}
        disabled={text === meeting.minutes}
        onClick={() =>
          save.mutate(text, {
            onSuccess: () => void message.success(t('meetings.detail.minutesSaved')),
            onError: (error) => void message.error(errorMessage(error)),
          })
        }
      >
        {t('meetings.detail.saveMinutes')}
      </Button>
    </Space>
  );
}
