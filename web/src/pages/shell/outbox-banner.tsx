import { Alert, App, Button, List, Space, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutbox } from '../../api/outbox.ts';
import { outboxItemName } from '../../lib/outbox/item-name.ts';
import { discardItem, flush, retryItem } from '../../lib/outbox/outbox.ts';
import type { TOutboxItem } from '../../lib/outbox/outbox-item.ts';

// both versions of a day are shown rarely: their code loads when asked
const DayConflictModal = lazy(() =>
  import('./day-conflict-modal.tsx').then((m) => ({ default: m.DayConflictModal })),
);

const STATE_COLOURS = { waiting: 'processing', sending: 'processing', failed: 'error', conflict: 'warning' };

/**
 * What this phone still keeps unsent, item by item (issue: nothing acknowledged is lost): each with
 * where it stands and the server's reason when refused, a retry, and a way to give it up.
 */
export function OutboxBanner() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const items = useOutbox();
  const problems = items.filter((i) => i.state === 'failed' || i.state === 'conflict');
  const [open, setOpen] = useState(false);
  const [comparing, setComparing] = useState<TOutboxItem | null>(null);
  if (items.length === 0) return null;
  const showList = open || problems.length > 0;
  const discard = (item: TOutboxItem) =>
    modal.confirm({
      title: outboxItemName(t, item),
      content: t('outbox.discardConfirm'),
      okText: t('outbox.discard'),
      okButtonProps: { danger: true },
      onOk: () => discardItem(item.id),
    });
  const actions = (item: TOutboxItem) => [
    item.state === 'failed' && (
      <Button key="retry" size="small" onClick={() => void retryItem(item)}>
        {t('outbox.retry')}
      </Button>
    ),
    item.state === 'conflict' && (
      <Button key="compare" size="small" type="primary" onClick={() => setComparing(item)}>
        {t('outbox.compare')}
      </Button>
    ),
    <Button key="discard" size="small" type="text" danger onClick={() => discard(item)}>
      {t('outbox.discard')}
    </Button>,
  ];
  const waitingPhoto = (item: TOutboxItem) =>
    item.state === 'waiting' && (item.photos?.length ?? 0) > 0 ? t('outbox.waitingPhoto') : null;

  return (
    <section aria-label={t('outbox.title', { count: items.length })} style={{ marginBottom: 12 }}>
      <Alert
        type={problems.length > 0 ? 'warning' : 'info'}
        showIcon
        title={t('outbox.title', { count: items.length })}
        description={
          <>
            {!navigator.onLine && <div>{t('outbox.offline')}</div>}
            {problems.length > 0 && <div>{t('outbox.problems', { count: problems.length })}</div>}
          </>
        }
        action={
          <Space direction="vertical" size={4}>
            {problems.length === 0 && (
              <Button size="small" type="link" onClick={() => setOpen((o) => !o)}>
                {open ? t('outbox.hide') : t('outbox.show')}
              </Button>
            )}
            {navigator.onLine && items.some((i) => i.state === 'waiting') && (
              <Button size="small" onClick={() => void flush(items[0]!.userId)}>
                {t('outbox.sendNow')}
              </Button>
            )}
          </Space>
        }
      />
      {showList && (
        <List
          size="small"
          bordered
          style={{ marginTop: 4, background: '#fff' }}
          dataSource={items}
          rowKey="id"
          renderItem={(item) => {
            const note = item.state === 'waiting' ? (waitingPhoto(item) ?? item.message) : item.message;
            return (
              <List.Item style={{ display: 'block' }}>
                <div className="zc-ellipsis">{outboxItemName(t, item)}</div>
                <div
                  style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 4, marginTop: 4 }}
                >
                  <Tag color={STATE_COLOURS[item.state]}>{t(`outbox.states.${item.state}`)}</Tag>
                  {note && (
                    <Typography.Text
                      type={item.state === 'waiting' ? 'secondary' : 'danger'}
                      style={{ flex: 1 }}
                    >
                      {note}
                    </Typography.Text>
                  )}
                  <Space size={4} style={{ marginInlineStart: 'auto' }}>
                    {actions(item)}
                  </Space>
                </div>
              </List.Item>
            );
          }}
        />
      )}
      {comparing && (
        <Suspense fallback={null}>
          <DayConflictModal item={comparing} onClose={() => setComparing(null)} />
        </Suspense>
      )}
    </section>
  );
}
