import type { TSurveyCounts } from '@zhucun/core';
import { Card, Descriptions, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSurveyCounts } from '../../api/rating-forms.ts';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { postText } from '../rating-forms/post-text.ts';

type TVillage = TSurveyCounts['villages'][number];
type TCadre = TVillage['cadres'][number];

/**
 * `/rating/survey`: 群众评议进度. Per village and cadre in scope, how many households answered and whether
 * the minimum sample is reached; counts only, never an answer or who gave it.
 */
export function SurveyCountsPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [cycleId, setCycleId] = useState<number | undefined>();
  const [township, setTownship] = useState<string | undefined>();
  const counts = useSurveyCounts(cycleId);
  const data = counts.data;
  const stageOf = (s: string) => t(`rating.stages.${s as 'open'}`);
  const reached = (c: TCadre) =>
    c.reached ? (
      <Tag color="green">{t('ratingSurvey.reached', { count: data?.minSample })}</Tag>
    ) : (
      <Tag color="orange">{t('ratingSurvey.notReached', { count: data?.minSample })}</Tag>
    );
  const cadreColumns = [
    { title: t('ratingSurvey.name'), dataIndex: 'name', width: 120 },
    {
      title: t('ratingSurvey.post'),
      key: 'post',
      render: (_: unknown, c: TCadre) => postText(t, c.category, c.postTitle),
    },
    { title: t('ratingSurvey.households'), dataIndex: 'households', width: 110 },
    { title: '', key: 'reached', width: 130, render: (_: unknown, c: TCadre) => reached(c) },
  ];
  const cycle = data?.cycle;
  const townships = [
    ...new Map((data?.villages ?? []).map((v) => [v.villageCode.slice(0, 9), v.townshipName])),
  ];
  const villages = (data?.villages ?? []).filter((v) => !township || v.villageCode.startsWith(township));
  return (
    <>
      <Typography.Title level={3}>{t('ratingSurvey.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('ratingSurvey.intro')}</Typography.Paragraph>
      {counts.isError ? (
        <LoadError error={counts.error} onRetry={() => void counts.refetch()} />
      ) : data && !cycle ? (
        <Empty description={t('ratingSurvey.none')} />
      ) : (
        <>
          <Card style={{ marginBottom: 16 }} styles={{ body: { padding: isMobile ? 12 : 24 } }}>
            <Space wrap size={16} style={{ marginBottom: 12 }}>
              <Select<number>
                aria-label={t('ratingSurvey.year')}
                value={cycle?.id}
                options={(data?.cycles ?? []).map((c) => ({
                  value: c.id,
                  label: t('ratingSurvey.yearOption', { year: c.year, stage: stageOf(c.stage) }),
                }))}
                onChange={setCycleId}
                style={{ minWidth: 200 }}
              />
              {townships.length > 1 && (
                <Select<string>
                  allowClear
                  aria-label={t('ratingSurvey.township')}
                  placeholder={t('ratingSurvey.allTownships')}
                  options={townships.map(([code, name]) => ({ value: code, label: name }))}
                  onChange={setTownship}
                  style={{ minWidth: 160 }}
                />
              )}
              <Typography.Text>
                {cycle?.surveyFrom && cycle.surveyUntil
                  ? t('ratingSurvey.window', { from: cycle.surveyFrom, until: cycle.surveyUntil })
                  : t('ratingSurvey.windowNone')}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('ratingSurvey.minSample', { count: data?.minSample })}
              </Typography.Text>
            </Space>
            <Descriptions size="small" column={isMobile ? 2 : 4} bordered>
              {(['villages', 'cadres', 'reached', 'households'] as const).map((k) => (
                <Descriptions.Item key={k} label={t(`ratingSurvey.totals.${k}`)}>
                  {data?.totals[k] ?? 0}
                </Descriptions.Item>
              ))}
            </Descriptions>
          </Card>
          <section aria-label={t('ratingSurvey.list')}>
            {villages.map((v) => (
              <Card
                key={v.villageCode}
                size="small"
                style={{ marginBottom: 12 }}
                title={`${v.townshipName} · ${v.villageName}`}
                extra={t('ratingSurvey.villageHouseholds', { count: v.households })}
              >
                {isMobile ? (
                  <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                    {v.cadres.map((c) => (
                      <li key={c.personId} style={{ padding: '4px 0' }}>
                        <Space wrap>
                          <Typography.Text strong>{c.name}</Typography.Text>
                          <Typography.Text>{`${c.households} ${t('ratingSurvey.households')}`}</Typography.Text>
                          {reached(c)}
                        </Space>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Table<TCadre>
                    rowKey="personId"
                    size="small"
                    aria-label={`${v.villageName} ${t('ratingSurvey.list')}`}
                    dataSource={v.cadres}
                    columns={cadreColumns}
                    pagination={false}
                  />
                )}
              </Card>
            ))}
            {data && data.villages.length === 0 && <Empty description={t('ratingSurvey.empty')} />}
          </section>
        </>
      )}
    </>
  );
}
