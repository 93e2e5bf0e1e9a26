import { PlusOutlined } from '@ant-design/icons';
import {
  OWNER_LEVELS,
  REQUEST_CATEGORIES,
  REQUEST_STATES,
  type TOwnerLevel,
  type TRequestCategory,
  type TRequestState,
  ZOwnerLevel,
  ZRequestCategory,
  ZRequestState,
} from '@zhucun/core';
import { Button, Card, Empty, Select, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { type TRequestFilter, useRequestQueue } from '../../api/requests.ts';
import { LoadError } from '../../components/load-error.tsx';
import { RequestCards } from '../../components/request-cards.tsx';
import { RequestTable } from '../../components/request-table.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { useDivisionOptions } from '../duty-review/use-division-options.ts';
import { RequestCreateModal } from './request-create-modal.tsx';
import { useRequestVillages } from './use-request-villages.ts';

function filterOf(params: URLSearchParams): TRequestFilter {
  const state = ZRequestState.safeParse(params.get('state'));
  const category = ZRequestCategory.safeParse(params.get('category'));
  const level = ZOwnerLevel.safeParse(params.get('level'));
  const num = (key: string, fallback: number) => Number(params.get(key)) || fallback;
  // no state chosen: the open requests (still to be worked); `state=all` shows every state
  return {
    state: state.success ? state.data : undefined,
    open: !state.success && params.get('state') !== 'all' ? true : undefined,
    category: category.success ? category.data : undefined,
    level: level.success ? level.data : undefined,
    township: params.get('township') ?? undefined,
    village: params.get('village') ?? undefined,
    overdue: params.get('overdue') === 'true' ? true : undefined,
    page: num('page', 1),
    pageSize: num('pageSize', 20),
  };
}

/** `/requests`: 群众诉求 in scope, earliest deadline first; the filter and page live in the URL. */
export function RequestQueuePage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterOf(params), [params]);
  const queue = useRequestQueue(filter);
  const { townships, villages } = useDivisionOptions(filter.township);
  const createVillages = useRequestVillages();
  const canWork = useSession().data?.user.permissions.includes('requests:work') ?? false;
  const [creating, setCreating] = useState(false);
  const show = (change: Partial<TRequestFilter>) => {
    const next = { ...filter, page: 1, ...change };
    const out = new URLSearchParams();
    for (const [k, v] of Object.entries(next))
      if (v !== undefined && !(k === 'page' && v === 1) && !(k === 'pageSize' && v === 20))
        out.set(k, String(v));
    out.delete('open'); // the default, not a parameter
    if (!next.state && params.get('state') === 'all') out.set('state', 'all');
    setParams(out);
  };
  // the state select writes `state` (a state, or `all`); the open default is the absence of it
  const showState = (state: TRequestState | 'open' | 'all') => {
    const next = new URLSearchParams(params);
    next.delete('page');
    if (state === 'open') next.delete('state');
    else next.set('state', state);
    setParams(next);
  };
  const width = (w: number) => ({ width: isMobile ? 'calc(50% - 4px)' : w });
  const search = { showSearch: { optionFilterProp: 'label' } };
  const list = {
    requests: queue.data?.items ?? [],
    today: queue.data?.today ?? '',
    loading: queue.isFetching,
    empty: <Empty description={t('requests.queue.empty')} />,
    onOpen: (id: number) => void navigate(`/requests/${id}`),
    paging: {
      page: filter.page,
      pageSize: filter.pageSize,
      total: queue.data?.total ?? 0,
      onChange: (page: number, pageSize: number) =>
        show({ page: pageSize === filter.pageSize ? page : 1, pageSize }),
    },
  };

  return (
    <>
      <div className="zc-page-head">
        <div>
          <Typography.Title level={3}>{t('requests.queue.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('requests.queue.hint')}</Typography.Text>
        </div>
        {canWork && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('requests.queue.register')}
          </Button>
        )}
      </div>
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <div className="zc-toolbar" style={{ marginBottom: 16 }}>
          <Select<TRequestState | 'open' | 'all'>
            aria-label={t('requests.state')}
            value={filter.state ?? (filter.open ? 'open' : 'all')}
            options={[
              { value: 'open', label: t('requests.queue.openStates') },
              { value: 'all', label: t('requests.queue.allStates') },
              ...REQUEST_STATES.map((s) => ({ value: s, label: t(`requests.states.${s}`) })),
            ]}
            onChange={(state) => showState(state)}
            style={width(130)}
          />
          <Select<TRequestCategory>
            allowClear
            placeholder={t('requests.queue.allCategories')}
            aria-label={t('requests.category')}
            value={filter.category}
            options={REQUEST_CATEGORIES.map((c) => ({ value: c, label: t(`requests.categories.${c}`) }))}
            onChange={(category) => show({ category })}
            style={width(130)}
          />
          <Select<TOwnerLevel>
            allowClear
            placeholder={t('requests.queue.allLevels')}
            aria-label={t('requests.owner')}
            value={filter.level}
            options={OWNER_LEVELS.map((l) => ({ value: l, label: t(`requests.levels.${l}`) }))}
            onChange={(level) => show({ level })}
            style={width(130)}
          />
          {townships.length > 1 && (
            <Select<string>
              {...search}
              allowClear
              placeholder={t('dutyReview.allTownships')}
              aria-label={t('dutyReview.township')}
              value={filter.township}
              options={townships}
              onChange={(township) => show({ township, village: undefined })}
              style={width(150)}
            />
          )}
          {villages.length > 0 && (
            <Select<string>
              {...search}
              allowClear
              placeholder={t('dutyReview.allVillages')}
              aria-label={t('dutyReview.village')}
              value={filter.village}
              options={villages}
              onChange={(village) => show({ village })}
              style={width(170)}
            />
          )}
          <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', whiteSpace: 'nowrap' }}>
            <Switch
              id="requests-overdue-only"
              checked={filter.overdue === true}
              onChange={(on) => show({ overdue: on ? true : undefined })}
            />
            <label htmlFor="requests-overdue-only">{t('requests.queue.overdueOnly')}</label>
          </span>
        </div>
        {queue.isError ? (
          <LoadError error={queue.error} onRetry={() => void queue.refetch()} />
        ) : isMobile ? (
          <RequestCards {...list} />
        ) : (
          <RequestTable {...list} />
        )}
      </Card>
      <RequestCreateModal open={creating} villages={createVillages} onClose={() => setCreating(false)} />
    </>
  );
}
