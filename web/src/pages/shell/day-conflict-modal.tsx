import { Alert, Button, Card, Descriptions, Modal, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDayConflict } from '../../api/day-conflict.ts';
import type { TDraftEntry } from '../../lib/day-draft.ts';
import { formatDateTime } from '../../lib/format.ts';
import type { TOutboxItem } from '../../lib/outbox/outbox-item.ts';

/** What both versions show, field by field. */
type TDayFields = Pick<TDraftEntry, 'day' | 'night' | 'work' | 'activities' | 'rolePlayed' | 'roles'>;

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
  const { date, server, theirs, keepMine, keepTheirs } = useDayConflict(item, onClose);
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
