import { VideoCameraOutlined } from '@ant-design/icons';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMyMeetings } from '../../api/meetings.ts';

/** 我的会议 on 今天 (360 px): upcoming meetings and roll calls with a one-tap link into the video system. */
export function MyMeetingsCard() {
  const { t } = useTranslation();
  const mine = useMyMeetings();
  const upcoming = (mine.data?.items ?? []).filter((m) => new Date(m.endsAt).getTime() >= Date.now());
  if (upcoming.length === 0) return null;
  return (
    <Card size="small" title={t('meetings.mine.title')}>
      <List
        size="small"
        dataSource={upcoming}
        renderItem={(m) => (
          <List.Item
            extra={
              <Button
                type="primary"
                size="small"
                icon={<VideoCameraOutlined />}
                href={m.videoUrl}
                target="_blank"
                rel="noopener"
                aria-label={`${t('meetings.join')} ${m.title}`}
              />
            }
          >
            <Space direction="vertical" size={0}>
              <Space size={4} wrap>
                <Tag color={m.kind === 'roll_call' ? 'purple' : 'blue'}>{t(`meetings.kinds.${m.kind}`)}</Tag>
                <Typography.Text strong>{m.title}</Typography.Text>
              </Space>
              <Typography.Text type="secondary">
                {m.localStart.slice(5)} – {m.localEnd.slice(11)} · {m.divisionName}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
