import type { TRequestListItem, TRequestState } from '@zhucun/core';
import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

const STATE_COLORS: Record<TRequestState, string> = {
  registered: 'blue',
  accepted: 'cyan',
  in_progress: 'processing',
  resolved: 'green',
  followed_up: 'success',
  withdrawn: 'default',
  duplicate: 'default',
  not_ours: 'default',
};

export function RequestStateTag({ state }: { state: TRequestState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {t(`requests.states.${state}`)}
    </Tag>
  );
}

/** The deadline that counts now: accepting while registered, resolving while accepted or in progress. */
export function currentDeadline(r: Pick<TRequestListItem, 'state' | 'acceptBy' | 'resolveBy'>): string {
  return r.state === 'registered' ? r.acceptBy : r.resolveBy;
}

/** Days past the deadline that counts now (0 when not overdue). */
export function overdueDays(r: Pick<TRequestListItem, 'state' | 'acceptBy' | 'resolveBy'>, today: string) {
  return Math.max(0, dayjs(today).diff(dayjs(currentDeadline(r)), 'day'));
}

/** "已超期 N 天" in red, only for overdue requests. */
export function RequestOverdueTag({ request, today }: { request: TRequestListItem; today: string }) {
  const { t } = useTranslation();
  if (!request.overdue) return null;
  return (
    <Tag color="error" style={{ marginInlineEnd: 0 }}>
      {t('requests.overdueDays', { count: Math.max(1, overdueDays(request, today)) })}
    </Tag>
  );
}

export function RequestUrgencyTag({ urgency }: { urgency: TRequestListItem['urgency'] }) {
  const { t } = useTranslation();
  if (urgency !== 'urgent') return null;
  return (
    <Tag color="volcano" style={{ marginInlineEnd: 0 }}>
      {t('requests.urgencies.urgent')}
    </Tag>
  );
}

/** Category, state, urgency and overdue tags in one wrapping row. */
export function RequestTags({ request, today }: { request: TRequestListItem; today: string }) {
  const { t } = useTranslation();
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      <RequestStateTag state={request.state} />
      <Tag style={{ marginInlineEnd: 0 }}>{t(`requests.categories.${request.category}`)}</Tag>
      <RequestUrgencyTag urgency={request.urgency} />
      <RequestOverdueTag request={request} today={today} />
    </span>
  );
}
