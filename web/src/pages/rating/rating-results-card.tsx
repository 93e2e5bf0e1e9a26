import { GRADES, RATING_RESULT_FLAGS, type TGrade, type TRatingResultRow } from '@zhucun/core';
import { Card, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useRatingResults } from '../../api/rating.ts';
import { changedParams } from '../../lib/search-params.ts';
import { useDivisionOptions } from '../duty-review/use-division-options.ts';
import { GradeTag, ResultMarks } from './rating-tags.tsx';

type TFlag = (typeof RATING_RESULT_FLAGS)[number];
const score = (v: number | null) => (v === null ? '—' : v.toFixed(2));

function filterOf(params: URLSearchParams) {
  const grade = params.get('grade') ?? '';
  const flag = params.get('flag') ?? '';
  return {
    township: /^\d{9}$/.test(params.get('township') ?? '') ? (params.get('township') as string) : undefined,
    village: /^\d{12}$/.test(params.get('village') ?? '') ? (params.get('village') as string) : undefined,
    grade: (GRADES as readonly string[]).includes(grade) ? (grade as TGrade) : undefined,
    flag: (RATING_RESULT_FLAGS as readonly string[]).includes(flag) ? (flag as TFlag) : undefined,
    q: params.get('q') || undefined,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 50,
  };
}

/** The cycle's results in scope, by village then name (never ranked by score), with filters. */
export function RatingResultsCard({ cycleId }: { cycleId: number }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterOf(params), [params]);
  const list = useRatingResults(cycleId, filter);
  const { townships, villages } = useDivisionOptions(filter.township);
  const set = (change: Record<string, string | undefined>) =>
    setParams(changedParams(params, change, { paged: true }));
  return (
    <Card title={t('rating.results.title')} data-testid="rating-results">
      <Typography.Paragraph type="secondary">{t('rating.results.hint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        {townships.length > 1 && (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('rating.results.township')}
            placeholder={t('rating.results.township')}
            value={filter.township}
            onChange={(v) => set({ township: v || undefined, village: undefined })}
            options={townships}
            style={{ width: 150 }}
          />
        )}
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('rating.results.village')}
          placeholder={t('rating.results.village')}
          value={filter.village}
          onChange={(v) => set({ village: v || undefined })}
          options={villages}
          disabled={villages.length === 0}
          style={{ width: 170 }}
        />
        <Select
          allowClear
          aria-label={t('rating.results.grade')}
          placeholder={t('rating.results.grade')}
          value={filter.grade}
          onChange={(v) => set({ grade: v || undefined })}
          options={GRADES.map((g) => ({ value: g, label: t(`rating.grades.${g}`) }))}
          style={{ width: 130 }}
        />
        <Select
          allowClear
          aria-label={t('rating.results.flag')}
          placeholder={t('rating.results.flag')}
          value={filter.flag}
          onChange={(v) => set({ flag: v || undefined })}
          options={RATING_RESULT_FLAGS.map((f) => ({ value: f, label: t(`rating.results.flags.${f}`) }))}
          style={{ width: 150 }}
        />
        <Input.Search
          allowClear
          aria-label={t('rating.results.name')}
          placeholder={t('rating.results.name')}
          defaultValue={filter.q}
          onSearch={(v) => set({ q: v.trim() || undefined })}
          style={{ width: 160 }}
        />
      </Space>
      <Table<TRatingResultRow>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('rating.results.empty')} /> }}
        scroll={{ x: 1200 }}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (page, pageSize) => set({ page: String(page), pageSize: String(pageSize) }),
        }}
        columns={[
          {
            title: t('rating.results.village'),
            key: 'village',
            width: 190,
            render: (_, r) => `${r.townshipName} ${r.villageName}`,
          },
          {
            title: t('rating.results.name'),
            key: 'name',
            width: 100,
            render: (_, r) => <Link to={`/rating/results/${r.id}`}>{r.personName}</Link>,
          },
          {
            title: t('rating.results.category'),
            key: 'category',
            width: 150,
            render: (_, r) => t(`registry.categories.${r.category as 'first_secretary'}`),
          },
          {
            title: t('rating.parts.quantitative'),
            key: 'q',
            width: 90,
            align: 'right',
            render: (_, r) => score(r.quantitative),
          },
          {
            title: t('rating.parts.organisation'),
            key: 'o',
            width: 90,
            align: 'right',
            render: (_, r) => score(r.organisation),
          },
          {
            title: t('rating.parts.villagers'),
            key: 'v',
            width: 110,
            align: 'right',
            render: (_, r) =>
              t('rating.results.villagersValue', {
                score: score(r.villagers),
                households: r.villagerHouseholds,
              }),
          },
          {
            title: t('rating.results.total'),
            key: 'total',
            width: 80,
            align: 'right',
            render: (_, r) => score(r.total),
          },
          {
            title: t('rating.results.gradeInForce'),
            key: 'grade',
            width: 230,
            render: (_, r) => (
              <Space size={4} wrap>
                <GradeTag grade={r.grade} />
                <ResultMarks r={r} />
              </Space>
            ),
          },
          {
            title: t('rating.results.review'),
            key: 'review',
            width: 90,
            render: (_, r) =>
              r.reviewed ? (
                <Tag color="green">{t('rating.results.reviewed')}</Tag>
              ) : (
                <Tag>{t('rating.results.unreviewed')}</Tag>
              ),
          },
          {
            title: t('rating.results.stars'),
            key: 'stars',
            width: 70,
            render: (_, r) => (r.stars === null ? '—' : '★'.repeat(r.stars) || '0'),
          },
        ]}
      />
    </Card>
  );
}
