import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  PROJECT_KINDS,
  PROJECT_STATES,
  type TProjectKind,
  type TProjectState,
  ZProjectKind,
  ZProjectState,
} from '@zhucun/core';
import { Button, Card, Empty, Input, Select, Space, Switch, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { projectLedgerUrl, type TGapKind, type TProjectFilter, useProjectList } from '../../api/projects.ts';
import { DivisionSelects } from '../../components/division-selects.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { changedParams } from '../../lib/search-params.ts';
import { useDivisionOptions } from '../duty-review/use-division-options.ts';
import { ProjectGapList } from './project-gap-list.tsx';
import { ProjectCards, ProjectTable } from './project-table.tsx';

type TTab = 'list' | TGapKind;
const TABS: readonly TTab[] = ['list', 'demonstration', 'unassigned'];

function filterOf(params: URLSearchParams): TProjectFilter {
  const kind = ZProjectKind.safeParse(params.get('kind'));
  const state = ZProjectState.safeParse(params.get('state'));
  const num = (key: string, fallback: number) => Number(params.get(key)) || fallback;
  return {
    township: params.get('township') ?? undefined,
    village: params.get('village') ?? undefined,
    kind: kind.success ? kind.data : undefined,
    state: state.success ? state.data : undefined,
    demonstration: params.get('demonstration') === 'true' ? true : undefined,
    q: params.get('q') ?? undefined,
    page: num('page', 1),
    pageSize: num('pageSize', 20),
  };
}

/** `/projects`: 帮扶项目 in scope with filters, and the two gaps (一村一示范, 责任田). */
export function ProjectListPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterOf(params), [params]);
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as TTab)
    : 'list';
  const user = useSession().data?.user;
  const canWrite = user?.permissions.includes('projects:write') ?? false;
  // a mentor reads their mentees' projects; the county's gaps are not theirs to close
  const onlyMentor = (user?.roles.length ?? 0) > 0 && (user?.roles ?? []).every((r) => r.role === 'mentor');
  const projects = useProjectList(filter);
  const { townships, villages } = useDivisionOptions(filter.township);
  const set = (change: Record<string, string | undefined>) =>
    setParams(changedParams(params, change, { paged: true }));
  const onPage = (page: number, pageSize: number) =>
    set({ page: String(pageSize === filter.pageSize ? page : 1), pageSize: String(pageSize) });
  const width = (w: number) => ({ width: isMobile ? 'calc(50% - 4px)' : w });
  const filtered = Boolean(filter.township || filter.village || filter.kind || filter.state || filter.q);
  const list = {
    projects: projects.data?.items ?? [],
    loading: projects.isFetching,
    empty: <Empty description={t(filtered ? 'projects.emptyFiltered' : 'projects.empty')} />,
    paging: {
      page: filter.page,
      pageSize: filter.pageSize,
      total: projects.data?.total ?? 0,
      onChange: onPage,
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
  const gap = (kind: TGapKind) => (
    <>
      <Typography.Paragraph type="secondary">{t(`projects.gaps.${kind}Hint`)}</Typography.Paragraph>
      <div className="zc-toolbar" style={{ marginBottom: 16 }}>
        {divisions}
      </div>
      <ProjectGapList
        kind={kind}
        filter={{
          township: filter.township,
          village: filter.village,
          page: filter.page,
          pageSize: filter.pageSize,
        }}
        onPage={onPage}
      />
    </>
  );

  return (
    <>
      <div className="zc-page-head">
        <div>
          <Typography.Title level={3}>{t('projects.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('projects.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={projectLedgerUrl(filter)} download>
            {t('projects.exportLedger')}
          </Button>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/projects/new')}>
              {t('projects.propose')}
            </Button>
          )}
        </Space>
      </div>
      <Card styles={{ body: { padding: isMobile ? 12 : 24, paddingTop: 0 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => set({ tab: key === 'list' ? undefined : key })}
          items={[
            {
              key: 'list',
              label: t('projects.tabs.list'),
              children: (
                <>
                  <div className="zc-toolbar" style={{ marginBottom: 16 }}>
                    <Input.Search
                      allowClear
                      aria-label={t('projects.search')}
                      placeholder={t('projects.search')}
                      defaultValue={filter.q}
                      onSearch={(q) => set({ q: q.trim() || undefined })}
                      style={{ width: isMobile ? '100%' : 220 }}
                    />
                    {divisions}
                    <Select<TProjectState>
                      allowClear
                      placeholder={t('projects.allStates')}
                      aria-label={t('projects.col.state')}
                      value={filter.state}
                      options={PROJECT_STATES.map((s) => ({ value: s, label: t(`projects.states.${s}`) }))}
                      onChange={(state) => set({ state })}
                      style={width(150)}
                    />
                    <Select<TProjectKind>
                      allowClear
                      placeholder={t('projects.allKinds')}
                      aria-label={t('projects.col.kind')}
                      value={filter.kind}
                      options={PROJECT_KINDS.map((k) => ({ value: k, label: t(`projects.kinds.${k}`) }))}
                      onChange={(kind) => set({ kind })}
                      style={width(170)}
                    />
                    <span
                      style={{ display: 'inline-flex', gap: 8, alignItems: 'center', whiteSpace: 'nowrap' }}
                    >
                      <Switch
                        id="projects-demonstration-only"
                        checked={filter.demonstration === true}
                        onChange={(on) => set({ demonstration: on ? 'true' : undefined })}
                      />
                      <label htmlFor="projects-demonstration-only">{t('projects.demonstrationOnly')}</label>
                    </span>
                  </div>
                  {projects.isError ? (
                    <LoadError error={projects.error} onRetry={() => void projects.refetch()} />
                  ) : isMobile ? (
                    <ProjectCards {...list} />
                  ) : (
                    <ProjectTable {...list} />
                  )}
                </>
              ),
            },
            ...(onlyMentor
              ? []
              : [
                  {
                    key: 'demonstration',
                    label: t('projects.tabs.demonstration'),
                    children: gap('demonstration'),
                  },
                  { key: 'unassigned', label: t('projects.tabs.unassigned'), children: gap('unassigned') },
                ]),
          ]}
        />
      </Card>
    </>
  );
}
