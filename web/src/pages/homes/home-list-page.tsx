import { PlusOutlined } from '@ant-design/icons';
import { HOME_KINDS, type THomeKind, ZHomeKind } from '@zhucun/core';
import { Button, Card, Empty, Select, Switch, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { DivisionSelects } from '../../components/division-selects.tsx';
import { HomeCadreList } from '../../components/home-cadre-list.tsx';
import { HomeCards } from '../../components/home-cards.tsx';
import { HomeSummaryTable } from '../../components/home-summary-table.tsx';
import { HomeTable } from '../../components/home-table.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { type THomeFilter, useHomeList, useHomeSummary, useWithoutHome } from '../../lib/home-queries.ts';
import { changedParams } from '../../lib/search-params.ts';
import { useDivisionOptions } from '../duty-review/use-division-options.ts';

type TTab = 'list' | 'without-home';

function filterOf(params: URLSearchParams): THomeFilter {
  const kind = ZHomeKind.safeParse(params.get('kind'));
  const num = (key: string, fallback: number) => Number(params.get(key)) || fallback;
  return {
    township: params.get('township') ?? undefined,
    village: params.get('village') ?? undefined,
    kind: kind.success ? kind.data : undefined,
    belowStandard: params.get('belowStandard') === 'true' ? true : undefined,
    page: num('page', 1),
    pageSize: num('pageSize', 20),
  };
}

/** `/homes`: 标准化家园 — counts by township, the homes with what they lack, and 走读 risk. */
export function HomeListPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterOf(params), [params]);
  const tab: TTab = params.get('tab') === 'without-home' ? 'without-home' : 'list';
  const permissions = useSession().data?.user.permissions ?? [];
  const canWrite = permissions.includes('homes:write');
  const summary = useHomeSummary();
  const homes = useHomeList(filter);
  const division = { township: filter.township, village: filter.village };
  const withoutHome = useWithoutHome(division, tab === 'without-home');
  const { townships, villages } = useDivisionOptions(filter.township);
  const set = (change: Record<string, string | undefined>) =>
    setParams(changedParams(params, change, { paged: true }));
  const width = (w: number) => ({ width: isMobile ? 'calc(50% - 4px)' : w });
  const filtered = Boolean(filter.township || filter.village || filter.kind || filter.belowStandard);
  const list = {
    homes: homes.data?.items ?? [],
    loading: homes.isFetching,
    empty: <Empty description={t(filtered ? 'homes.emptyFiltered' : 'homes.empty')} />,
    onOpen: (id: number) => void navigate(`/homes/${id}`),
    paging: {
      page: filter.page,
      pageSize: filter.pageSize,
      total: homes.data?.total ?? 0,
      onChange: (page: number, pageSize: number) =>
        set({ page: String(pageSize === filter.pageSize ? page : 1), pageSize: String(pageSize) }),
    },
  };
  const divisions = (
    <DivisionSelects
      townships={townships}
      villages={villages}
      township={filter.township}
      village={filter.village}
      onChange={(c) => set({ township: c.township, village: c.village })}
    />
  );

  return (
    <>
      <div className="zc-page-head">
        <div>
          <Typography.Title level={3}>{t('homes.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('homes.hint')}</Typography.Text>
        </div>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/homes/new')}>
            {t('homes.register')}
          </Button>
        )}
      </div>
      <Card
        size="small"
        title={t('homes.summary.title')}
        extra={
          !isMobile && <Typography.Text type="secondary">{t('homes.summary.filterHint')}</Typography.Text>
        }
        style={{ marginBottom: 16 }}
        styles={{ body: { padding: isMobile ? 8 : 12 } }}
      >
        {summary.isError ? (
          <LoadError error={summary.error} onRetry={() => void summary.refetch()} />
        ) : (
          summary.data && (
            <HomeSummaryTable
              summary={summary.data}
              township={filter.township}
              loading={summary.isFetching}
              compact={isMobile}
              onPick={(code) =>
                set({ township: code === filter.township ? undefined : code, village: undefined })
              }
            />
          )
        )}
      </Card>
      <Card styles={{ body: { padding: isMobile ? 12 : 24, paddingTop: 0 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => set({ tab: key === 'list' ? undefined : key })}
          items={[
            {
              key: 'list',
              label: t('homes.tabs.list'),
              children: (
                <>
                  <div className="zc-toolbar" style={{ marginBottom: 16 }}>
                    {divisions}
                    <Select<THomeKind>
                      allowClear
                      placeholder={t('homes.allKinds')}
                      aria-label={t('homes.kind')}
                      value={filter.kind}
                      options={HOME_KINDS.map((k) => ({ value: k, label: t(`homes.kindsShort.${k}`) }))}
                      onChange={(kind) => set({ kind })}
                      style={width(130)}
                    />
                    <span
                      style={{ display: 'inline-flex', gap: 8, alignItems: 'center', whiteSpace: 'nowrap' }}
                    >
                      <Switch
                        id="homes-below-only"
                        checked={filter.belowStandard === true}
                        onChange={(on) => set({ belowStandard: on ? 'true' : undefined })}
                      />
                      <label htmlFor="homes-below-only">{t('homes.belowOnly')}</label>
                    </span>
                  </div>
                  {homes.isError ? (
                    <LoadError error={homes.error} onRetry={() => void homes.refetch()} />
                  ) : isMobile ? (
                    <HomeCards {...list} />
                  ) : (
                    <HomeTable {...list} />
                  )}
                </>
              ),
            },
            {
              key: 'without-home',
              label: `${t('homes.tabs.withoutHome')}${summary.data ? ` (${summary.data.totals.withoutHome})` : ''}`,
              children: (
                <>
                  <Typography.Paragraph type="secondary">{t('homes.withoutHome.hint')}</Typography.Paragraph>
                  <div className="zc-toolbar" style={{ marginBottom: 16 }}>
                    {divisions}
                  </div>
                  {withoutHome.isError ? (
                    <LoadError error={withoutHome.error} onRetry={() => void withoutHome.refetch()} />
                  ) : (
                    <HomeCadreList
                      cadres={withoutHome.data?.items ?? []}
                      loading={withoutHome.isFetching}
                      canOpen={permissions.includes('registry:read')}
                    />
                  )}
                </>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
