import { DownloadOutlined } from '@ant-design/icons';
import type { TPriorityEntry, TPriorityLists } from '@zhucun/core';
import { Button, Card, DatePicker, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  priorityListsDocxUrl,
  ratingNoticeDocxUrl,
  ratingResultsXlsxUrl,
  usePriorityLists,
} from '../../api/rating-follow.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { changedParams } from '../../lib/search-params.ts';
import { GradeTag, Stars } from '../rating/rating-tags.tsx';

type TExcluded = TPriorityLists['excluded'][number];

function queryOf(params: URLSearchParams) {
  const year = Number(params.get('year'));
  const date = params.get('date') ?? '';
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) && dayjs(date).isValid() ? date : undefined,
  };
}

/** A list's cadres by village and name: a table at 1366 px, lines on a phone. */
function EntryTable<T extends TPriorityEntry>({ rows, extra }: { rows: T[]; extra?: (r: T) => ReactNode }) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  if (isMobile)
    return (
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        {rows.map((r) => (
          <div key={r.personId} style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8 }}>
            <Space wrap size={6}>
              <Link to={`/cadres/${r.personId}`}>{r.name}</Link>
              <GradeTag grade={r.grade} />
              <Stars stars={r.stars} />
            </Space>
            <div>
              <Typography.Text type="secondary">
                {r.townshipName} {r.villageName}
              </Typography.Text>
            </div>
            {extra?.(r)}
          </div>
        ))}
      </Space>
    );
  return (
    <Table<T>
      rowKey="personId"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: '#', key: 'n', width: 50, render: (_v, _r, i) => i + 1 },
        {
          title: t('ratingFollow.priority.village'),
          key: 'village',
          width: 220,
          render: (_, r) => `${r.townshipName} ${r.villageName}`,
        },
        {
          title: t('ratingFollow.priority.name'),
          key: 'name',
          width: 120,
          render: (_, r) => <Link to={`/cadres/${r.personId}`}>{r.name}</Link>,
        },
        {
          title: t('ratingFollow.priority.status'),
          key: 'status',
          width: 150,
          render: (_, r) => (r.personnelStatus ? t(`registry.personnel.${r.personnelStatus}`) : ''),
        },
        {
          title: t('ratingFollow.priority.grade'),
          key: 'grade',
          width: 100,
          render: (_, r) => <GradeTag grade={r.grade} />,
        },
        {
          title: t('ratingFollow.priority.stars'),
          key: 'stars',
          width: 90,
          render: (_, r) => <Stars stars={r.stars} />,
        },
        ...(extra
          ? [
              {
                title: t('ratingFollow.priority.because'),
                key: 'extra',
                render: (_: unknown, r: T) => extra(r),
              },
            ]
          : []),
      ]}
    />
  );
}

/** Why a cadre with two stars or more is left off, and which lists they would be on. */
function Exclusions({ r }: { r: TExcluded }) {
  const { t } = useTranslation();
  return (
    <Space wrap size={4}>
      {r.exclusions.map((x) => (
        <Tag key={x} color="orange">
          {t(`ratingFollow.exclusions.${x}`)}
        </Tag>
      ))}
      <Typography.Text type="secondary">
        {t('ratingFollow.priority.wouldBe', {
          lists: r.lists.map((l) => t(`ratingFollow.lists.${l}`)).join('、'),
        })}
      </Typography.Text>
    </Space>
  );
}

/**
 * `/rating/priority`: 结果运用优先名单 of a confirmed cycle on a date (docs/rules.md §4.6): two stars or more
 * by personnel status, sorted by village and name (never ranked), those left off with the exclusion named;
 * the result table, the notice and the lists as files.
 */
export function PriorityListsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = useMemo(() => queryOf(params), [params]);
  const lists = usePriorityLists(q);
  const set = (change: Record<string, string | undefined>) => setParams(changedParams(params, change));
  if (lists.isError) return <LoadError error={lists.error} onRetry={() => void lists.refetch()} />;
  const p = lists.data;
  if (!p) return <PageSpinner />;
  const { cycle } = p;
  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('ratingFollow.priority.title')}</Typography.Title>
        {cycle && (
          <Space wrap>
            <Button
              icon={<DownloadOutlined />}
              href={priorityListsDocxUrl({ year: cycle.year, date: p.date })}
              download
            >
              {t('ratingFollow.priority.exportLists')}
            </Button>
            <Button icon={<DownloadOutlined />} href={ratingResultsXlsxUrl(cycle.id)} download>
              {t('ratingFollow.priority.exportResults')}
            </Button>
            <Button icon={<DownloadOutlined />} href={ratingNoticeDocxUrl(cycle.id)} download>
              {t('ratingFollow.priority.exportNotice')}
            </Button>
          </Space>
        )}
      </div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<number>
          aria-label={t('ratingFollow.priority.year')}
          value={cycle?.year}
          placeholder={t('ratingFollow.priority.year')}
          options={p.years.map((y) => ({ value: y, label: t('ratingFollow.stars.year', { year: y }) }))}
          onChange={(year) => set({ year: String(year) })}
          style={{ width: 140 }}
        />
        <DatePicker
          aria-label={t('ratingFollow.priority.date')}
          value={dayjs(p.date)}
          allowClear={false}
          onChange={(d) => set({ date: d ? d.format('YYYY-MM-DD') : undefined })}
        />
      </Space>
      {!cycle ? (
        <Card>
          <Empty description={t('ratingFollow.priority.noCycle')} />
        </Card>
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('ratingFollow.priority.hint', { year: cycle.year, date: p.date })}
          </Typography.Paragraph>
          {p.lists.map((l) => (
            <Card
              key={l.list}
              size="small"
              data-testid={`priority-${l.list}`}
              title={t('ratingFollow.priority.listTitle', {
                list: t(`ratingFollow.lists.${l.list}`),
                count: l.entries.length,
              })}
              style={{ marginBottom: 16 }}
            >
              {l.entries.length ? (
                <EntryTable rows={l.entries} />
              ) : (
                <Typography.Text type="secondary">{t('ratingFollow.priority.none')}</Typography.Text>
              )}
            </Card>
          ))}
          <Card
            size="small"
            data-testid="priority-excluded"
            title={t('ratingFollow.priority.excluded', { count: p.excluded.length })}
            style={{ marginBottom: 16 }}
          >
            {p.excluded.length ? (
              <EntryTable rows={p.excluded} extra={(r) => <Exclusions r={r} />} />
            ) : (
              <Typography.Text type="secondary">{t('ratingFollow.priority.none')}</Typography.Text>
            )}
          </Card>
          {p.unlisted.length > 0 && (
            <Typography.Paragraph type="secondary">
              {t('ratingFollow.priority.unlisted', {
                names: p.unlisted.map((e) => `${e.name}（${e.villageName}）`).join('、'),
              })}
            </Typography.Paragraph>
          )}
        </>
      )}
    </>
  );
}
