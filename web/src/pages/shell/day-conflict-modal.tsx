import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TDayView, TFourRole, TPlace } from '@zhucun/core';
import { Alert, Button, Card, Descriptions, Modal, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth.ts';
import { apiRequest } from '../../api/client.ts';
import { removeDraft } from '../../lib/day-draft.ts';
import { formatDateTime } from '../../lib/format.ts';
import { discardItem, retryItem } from '../../lib/outbox/outbox.ts';
import type { TOutboxItem } from '../../lib/outbox/outbox-item.ts';

type TDayFields = {
  day: TPlace;
  night: TPlace;
  work: string;
  activities: string;
  rolePlayed: string;
  roles: TFourRole[];
};

/** One version of the day, field by field. */
function DayVersion({ title, day, extra }: { title: string; day: TDayFields; extra?: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} extra={extra}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('duty.today.day')}>{t(`duty.places.${day.day}`)}</Descriptions.Item>
        <Descriptions.Item label={t('duty.today.night')}>{t(`duty.places.${day.night}`)}</Descriptions.Item>
        <Descriptions.Item label={t('duty.today.work')}>{day.work || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('duty.today.roles')}>
          {day.roles.map((r) => t(`duty.fourRoles.${r}`)).join('、') || '—'}
        </Descriptions.Item>
        {day.activities && (
          <Descriptions.Item label={t('duty.today.activities')}>{day.activities}</Descriptions.Item>
        )}
        {day.rolePlayed && (
          <Descriptions.Item label={t('duty.today.rolePlayed')}>{day.rolePlayed}</Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

/**
 * A day saved on the phone while the server's record changed (the township corrected it): both versions
 * side by side; the cadre keeps theirs (sent over the version they have now seen) or the server's.
 */
export function DayConflictModal({ item, onClose }: { item: TOutboxItem; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const userId = useSession().data?.user.id;
  const date = item.subject.date ?? '';
  const server = useQuery({
    queryKey: ['duty', 'my', 'days', date],
    queryFn: () =>
      apiRequest<{ items: TDayView[] }>('/api/duty/my/days', { query: { from: date, to: date } }),
  });
  const theirs = server.data?.items[0] ?? null;
  const keepMine = async () => {
    await retryItem(item, { baseVersion: theirs ? theirs.version : null });
    onClose();
  };
  const keepTheirs = async () => {
    await discardItem(item.id);
    if (userId !== undefined) removeDraft(localStorage, userId, date);
    await queryClient.invalidateQueries({ queryKey: ['duty', 'my'] });
    onClose();
  };
  return (
    <Modal
      open
      title={t('outbox.conflict.title', { date })}
      onCancel={onClose}
      footer={
        <Space wrap>
          <Button onClick={() => void keepTheirs()} disabled={!server.isSuccess}>
            {t('outbox.conflict.keepTheirs')}
          </Button>
          <Button type="primary" onClick={() => void keepMine()} disabled={!server.isSuccess}>
            {t('outbox.conflict.keepMine')}
          </Button>
        </Space>
      }
    >
      <Alert type="warning" showIcon title={t('outbox.conflict.hint')} style={{ marginBottom: 12 }} />
      <Space direction="vertical" style={{ width: '100%' }}>
        <DayVersion title={t('outbox.conflict.mine')} day={item.body as TDayFields} />
        {server.isPending && <Spin />}
        {server.isSuccess &&
          (theirs ? (
            <DayVersion
              title={t('outbox.conflict.theirs')}
              day={theirs}
              extra={t('outbox.conflict.by', { at: formatDateTime(theirs.updatedAt) })}
            />
          ) : (
            <Alert type="info" title={t('outbox.conflict.none')} />
          ))}
      </Space>
    </Modal>
  );
}
