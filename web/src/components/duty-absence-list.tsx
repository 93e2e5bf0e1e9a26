import type { TAbsenceState, TAbsenceView } from '@zhucun/core';
import { Button, Card, Empty, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const STATE_COLOR: Record<TAbsenceState, string> = {
  pending_township: 'processing',
  pending_county: 'processing',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

const isPending = (state: TAbsenceState) => state === 'pending_township' || state === 'pending_county';

type Props = {
  items: readonly TAbsenceView[];
  withdrawingId: number | null;
  onWithdraw: (id: number) => void;
};

/** The cadre's own requests as cards (newest first), each with its state and 撤回 while pending. It does not fetch. */
export function DutyAbsenceList({ items, withdrawingId, onWithdraw }: Props) {
  const { t } = useTranslation();
  if (items.length === 0) return <Empty description={t('duty.leave.empty')} />;
  return (
    <ul aria-label={t('duty.leave.mine')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((a) => (
        <li key={a.id} style={{ marginBottom: 8 }}>
          <Card size="small">
            <div
              style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}
            >
              <Space size={[4, 4]} wrap>
                <Tag color={a.kind === 'leave' ? 'orange' : 'blue'}>{t(`duty.leave.kinds.${a.kind}`)}</Tag>
                <Tag color={STATE_COLOR[a.state]}>{t(`duty.leave.states.${a.state}`)}</Tag>
              </Space>
              {isPending(a.state) && (
                <Popconfirm
                  title={t('duty.leave.withdrawConfirm')}
                  okText={t('duty.leave.withdraw')}
                  onConfirm={() => onWithdraw(a.id)}
                >
                  <Button size="small" loading={withdrawingId === a.id}>
                    {t('duty.leave.withdraw')}
                  </Button>
                </Popconfirm>
              )}
            </div>
            <div style={{ marginTop: 6 }}>
              <Typography.Text strong>
                {t('duty.leave.range', { start: a.startDate, end: a.endDate })}
              </Typography.Text>{' '}
              <Typography.Text type="secondary">{t('duty.leave.days', { count: a.days })}</Typography.Text>
            </div>
            {a.span.requests > 1 && (
              <Typography.Text
                type={a.level === 'county' ? 'warning' : 'secondary'}
                style={{ display: 'block' }}
              >
                {t('duty.leave.span', { days: a.span.days, start: a.span.startDate, end: a.span.endDate })}
              </Typography.Text>
            )}
            {a.state === 'pending_township' && a.level === 'county' && (
              <Typography.Text type="secondary" style={{ display: 'block' }}>
                {t('duty.leave.toCounty')}
              </Typography.Text>
            )}
            <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
              {a.reason}
            </Typography.Paragraph>
            {a.decisionNote && (
              <Typography.Text type="secondary">
                {t('duty.leave.note', { note: a.decisionNote })}
              </Typography.Text>
            )}
          </Card>
        </li>
      ))}
    </ul>
  );
}
