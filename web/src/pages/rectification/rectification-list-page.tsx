import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  RECTIFICATION_LEVELS,
  RECTIFICATION_SOURCES,
  RECTIFICATION_STATES,
  type TRectificationLevel,
  type TRectificationSource,
  type TRectificationState,
  ZRectificationLevel,
  ZRectificationSource,
  ZRectificationState,
} from '@zhucun/core';
import { Button, Card, Empty, Select, Space, Switch, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import {
  rectificationLedgerUrl,
  type TRectificationFilter,
  useRectificationList,
} from '../../api/rectification.ts';
import { DivisionSelects } from '../../components/division-selects.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { changedParams } from '../../lib/search-params.ts';
import { useDivisionOptions } from '../duty-review/use-division-options.ts';
import { RectificationCards, RectificationTable } from './rectification-table.tsx';

const awaitingOf = (v: string | null) => (v === 'township' || v === 'county' ? v : undefined);

function filterOf(params: URLSearchParams): TRectificationFilter {
  const source = ZRectificationSource.safeParse(params.get('source'));
  const state = ZRectificationState.safeParse(params.get('state'));
  const level = ZRectificationLevel.safeParse(params.get('level'));
  const num = (key: string, fallback: number) => Number(params.get(key)) || fallback;
  return {
    source: source.success ? source.data : undefined,
    state: state.success ? state.data : undefined,
    level: level.success ? level.data : undefined,
    township: params.get('township') ?? undefined,
    overdue: params.get('overdue') === 'true' ? true : undefined,
    awaiting: awaitingOf(params.get('awaiting')),
    page: num('page', 1),
    pageSize: num('pageSize', 20),
  };
}

/** `/rectification`: 整改台账 in scope, counts by state (a click filters), filters, the three-list export. */
export function RectificationListPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterOf(params), [params]);
  const user = useSession().data?.user;
  const canCreate = user?.permissions.includes('rectification:manage') ?? false;
  const list = useRectificationList(filter);
  const { townships } = useDivisionOptions(filter.township);
  const set = (change: Record<string, string | undefined>) =>
    setParams(changedParams(params, change, { paged: true }));
  const width = (w: number) => ({ width: isMobile ? 'calc(50% - 4px)' : w });
  const filtered = Boolean(
    filter.source || filter.state || filter.level || filter.township || filter.overdue || filter.awaiting,
  );
  const data = list.data;
  const props = {
    items: data?.items ?? [],
    loading: list.isFetching,
    empty: <Empty description={t(filtered ? 'rectification.emptyFiltered' : 'rectification.empty')} />,
    paging: {
      page: filter.page,
      pageSize: filter.pageSize,
      total: data?.total ?? 0,
      onChange: (page: number, pageSize: number) =>
        set({ page: String(pageSize === filter.pageSize ? page : 1), pageSize: String(pageSize) }),
    },
  };

  return (
    <>
      <div className="zc-page-head">
        <div>
          <Typography.Title level={3}>{t('rectification.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('rectification.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={rectificationLedgerUrl(filter)} download>
            {t('rectification.export')}
          </Button>
          {canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate('/rectification/new')}
            >
              {t('rectification.create')}
            </Button>
          )}
        </Space>
      </div>
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        {data && (
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 16 }}>
            {RECTIFICATION_STATES.map((s) => (
              <Tag.CheckableTag
                key={s}
                checked={filter.state === s}
                onChange={(on) => set({ state: on ? s : undefined })}
                data-testid={`rectification-count-${s}`}
              >
                {t(`rectification.states.${s}`)} {data.counts[s]}
              </Tag.CheckableTag>
            ))}
            <Tag color={data.overdue ? 'red' : undefined}>
              {t('rectification.overdueCount', { count: data.overdue })}
            </Tag>
            {filter.awaiting && (
              <Tag color="blue" closable onClose={() => set({ awaiting: undefined })}>
                {t(`rectification.awaiting.${filter.awaiting}`)}
              </Tag>
            )}
          </div>
        )}
        <div className="zc-toolbar" style={{ marginBottom: 16 }}>
          <Select<TRectificationSource>
            allowClear
            placeholder={t('rectification.allSources')}
            aria-label={t('rectification.col.source')}
            value={filter.source}
            options={RECTIFICATION_SOURCES.map((s) => ({ value: s, label: t(`rectification.sources.${s}`) }))}
            onChange={(source) => set({ source })}
            style={width(150)}
          />
          <Select<TRectificationState>
            allowClear
            placeholder={t('rectification.allStates')}
            aria-label={t('rectification.col.state')}
            value={filter.state}
            options={RECTIFICATION_STATES.map((s) => ({ value: s, label: t(`rectification.states.${s}`) }))}
            onChange={(state) => set({ state })}
            style={width(150)}
          />
          <Select<TRectificationLevel>
            allowClear
            placeholder={t('rectification.allLevels')}
            aria-label={t('rectification.col.level')}
            value={filter.level}
            options={RECTIFICATION_LEVELS.map((l) => ({ value: l, label: t(`rectification.levels.${l}`) }))}
            onChange={(level) => set({ level })}
            style={width(120)}
          />
          <DivisionSelects
            townships={townships}
            villages={[]}
            township={filter.township}
            onChange={(c) => set({ township: c.township })}
          />
          <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', whiteSpace: 'nowrap' }}>
            <Switch
              id="rectification-overdue-only"
              checked={filter.overdue === true}
              onChange={(on) => set({ overdue: on ? 'true' : undefined })}
            />
            <label htmlFor="rectification-overdue-only">{t('rectification.overdueOnly')}</label>
          </span>
        </div>
        {list.isError ? (
          <LoadError error={list.error} onRetry={() => void list.refetch()} />
        ) : isMobile ? (
          <RectificationCards {...props} />
        ) : (
          <RectificationTable {...props} />
        )}
      </Card>
    </>
  );
}
