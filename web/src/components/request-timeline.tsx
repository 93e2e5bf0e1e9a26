import type { TRequestEvent } from '@zhucun/core';
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format.ts';
import { RequestStateTag } from './request-tags.tsx';

/** What happened to a request, oldest first: who, what, the state it moved to, the note. */
export function RequestTimeline({ events }: { events: readonly TRequestEvent[] }) {
  const { t, i18n } = useTranslation();
  const actionLabel = (action: string) =>
    i18n.exists(`requests.events.${action}`)
      ? t(`requests.events.${action}` as 'requests.events.register')
      : action;
  return (
    <Timeline
      items={events.map((e) => ({
        key: e.id,
        content: (
          <div>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
              <Typography.Text strong>{actionLabel(e.action)}</Typography.Text>
              <RequestStateTag state={e.toState} />
              <Typography.Text type="secondary">{t(`requests.levels.${e.ownerLevel}`)}</Typography.Text>
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(e.at)} · {e.actor}
            </Typography.Text>
            {e.note && (
              <Typography.Paragraph style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }}>
                {e.note}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}
