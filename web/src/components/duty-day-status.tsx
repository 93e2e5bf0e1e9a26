import type { TDayView } from '@zhucun/core';
import { Alert, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format.ts';

type Props = {
  record: TDayView | null;
  /** The form shows a draft kept on this phone (not what the server has). */
  draft: boolean;
  /** The draft waits for the connection to come back. */
  pending: boolean;
  backfill: boolean;
  date: string;
};

/** "已记录 21:05", "草稿，未保存", the offline notice, and the township's comment on a returned day. */
export function DutyDayStatus({ record, draft, pending, backfill, date }: Props) {
  const { t } = useTranslation();
  const returned = record?.returned ? [...record.comments].reverse().find((c) => c.returned) : undefined;
  const others = record?.comments.filter((c) => c !== returned) ?? [];
  const savedAt = record ? dayjs(record.updatedAt) : null;
  const time = savedAt?.isSame(dayjs(), 'day') ? savedAt.format('HH:mm') : savedAt?.format('MM-DD HH:mm');
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%', marginBottom: 12 }}>
      <Space size={[4, 4]} wrap>
        {backfill && <Tag color="gold">{t('duty.today.backfillHint', { date })}</Tag>}
        {record && !draft && !record.returned && (
          <Tag color="success" role="status">
            {t('duty.today.savedAt', { time })}
          </Tag>
        )}
        {draft && !pending && (
          <Tag color="warning" role="status">
            {t('duty.today.draft')}
          </Tag>
        )}
      </Space>
      {pending && <Alert type="warning" showIcon role="status" title={t('duty.today.offline')} />}
      {record?.returned && (
        <Alert
          type="error"
          showIcon
          title={<strong>{t('duty.today.returnedTitle')}</strong>}
          description={
            returned && (
              <>
                <div style={{ fontSize: 15, whiteSpace: 'pre-wrap' }}>{returned.text}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('duty.today.returnedBy', {
                    author: returned.author,
                    at: formatDateTime(returned.createdAt),
                  })}
                </Typography.Text>
              </>
            )
          }
        />
      )}
      {others.length > 0 && (
        <Alert
          type="info"
          title={t('duty.today.comments')}
          description={others.map((c) => (
            <div key={c.id}>
              {c.text}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.author} · {formatDateTime(c.createdAt)}
              </Typography.Text>
            </div>
          ))}
        />
      )}
    </Space>
  );
}
