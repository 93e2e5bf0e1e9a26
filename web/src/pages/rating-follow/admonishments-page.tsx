import { RECTIFICATION_STATES, type TAdmonishment, type TRectificationState } from '@zhucun/core';
import { Card, Empty, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAdmonishments } from '../../api/rating-follow.ts';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { changedParams } from '../../lib/search-params.ts';

function queryOf(params: URLSearchParams) {
  const year = Number(params.get('year'));
  const state = params.get('state') ?? '';
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
    state: (RECTIFICATION_STATES as readonly string[]).includes(state)
      ? (state as TRectificationState)
      : undefined,
  };
}

/** Where the admonishment's rectification stands, linked to it in the ledger. */
function RectificationState({ a }: { a: TAdmonishment }) {
  const { t } = useTranslation();
  const r = a.rectification;
  if (!r) return null;
  return (
    <Space wrap size={4}>
      <Link to={`/rectification/${r.id}`}>
        <Tag
          color={r.state === 'closed' ? 'green' : r.overdue ? 'red' : 'blue'}
          style={{ cursor: 'pointer' }}
        >
          {t(`rectification.states.${r.state}`)}
        </Tag>
      </Link>
      <Typography.Text type={r.overdue ? 'danger' : 'secondary'}>
        {r.state === 'closed' && r.closedOn
          ? t('ratingFollow.admonishments.closedOn', { date: r.closedOn })
          : t('ratingFollow.admonishments.deadline', { date: r.deadline })}
        {r.overdue ? ` · ${t('ratingFollow.admonishments.overdue')}` : ''}
      </Typography.Text>
    </Space>
  );
}

const Effect = ({ a }: { a: TAdmonishment }) => {
  const { t } = useTranslation();
  return (
    <Tag color={a.inEffect ? 'orange' : undefined}>
      {t(a.inEffect ? 'ratingFollow.admonishments.inEffect' : 'ratingFollow.admonishments.ended', {
        date: a.effectiveUntil,
      })}
    </Tag>
  );
};

/**
 * `/rating/admonishments`: 诫勉 in scope (docs/rules.md §4.6), each with its reason, effect period and the
 * rectification it brought, tracked to closure in the ledger.
 */
export function AdmonishmentsPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const q = useMemo(() => queryOf(params), [params]);
  const list = useAdmonishments(q);
  const set = (change: Record<string, string | undefined>) => setParams(changedParams(params, change));
  const items = list.data?.items ?? [];
  const empty = <Empty description={t('ratingFollow.admonishments.empty')} />;
  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('ratingFollow.admonishments.title')}</Typography.Title>
      </div>
      <Typography.Paragraph type="secondary">{t('ratingFollow.admonishments.hint')}</Typography.Paragraph>
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <Space wrap style={{ marginBottom: 12 }}>
          <InputNumber<number>
            aria-label={t('ratingFollow.admonishments.year')}
            placeholder={t('ratingFollow.admonishments.year')}
            min={2000}
            max={2100}
            value={q.year}
            onChange={(y) => set({ year: y ? String(y) : undefined })}
            style={{ width: 130 }}
          />
          <Select<TRectificationState>
            allowClear
            aria-label={t('ratingFollow.admonishments.state')}
            placeholder={t('ratingFollow.admonishments.state')}
            value={q.state}
            options={RECTIFICATION_STATES.map((s) => ({ value: s, label: t(`rectification.states.${s}`) }))}
            onChange={(state) => set({ state })}
            style={{ width: 160 }}
          />
        </Space>
        {list.isError ? (
          <LoadError error={list.error} onRetry={() => void list.refetch()} />
        ) : isMobile ? (
          items.length ? (
            <Space orientation="vertical" size={12} style={{ width: '100%' }}>
              {items.map((a) => (
                <Card key={a.id} size="small" data-testid="admonishment">
                  <Space wrap size={6}>
                    <Link to={`/cadres/${a.personId}`}>{a.personName}</Link>
                    <Typography.Text type="secondary">
                      {a.townshipName} {a.villageName}
                    </Typography.Text>
                  </Space>
                  <div>{a.reason}</div>
                  <Space wrap size={4} style={{ marginTop: 4 }}>
                    <Effect a={a} />
                    <RectificationState a={a} />
                  </Space>
                </Card>
              ))}
            </Space>
          ) : (
            empty
          )
        ) : (
          <Table<TAdmonishment>
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            dataSource={items}
            locale={{ emptyText: empty }}
            pagination={{ pageSize: 50, showTotal: (total) => t('common.total', { count: total }) }}
            columns={[
              {
                title: t('ratingFollow.admonishments.person'),
                key: 'person',
                width: 110,
                render: (_, a) => <Link to={`/cadres/${a.personId}`}>{a.personName}</Link>,
              },
              {
                title: t('ratingFollow.admonishments.village'),
                key: 'village',
                width: 200,
                render: (_, a) => `${a.townshipName ?? ''} ${a.villageName ?? ''}`,
              },
              { title: t('ratingFollow.admonishments.year'), dataIndex: 'year', width: 90 },
              { title: t('ratingFollow.admonishments.reason'), dataIndex: 'reason' },
              { title: t('ratingFollow.admonishments.issuedOn'), dataIndex: 'issuedOn', width: 120 },
              {
                title: t('ratingFollow.admonishments.effect'),
                key: 'effect',
                width: 170,
                render: (_, a) => <Effect a={a} />,
              },
              {
                title: t('ratingFollow.admonishments.rectification'),
                key: 'rectification',
                width: 240,
                render: (_, a) => <RectificationState a={a} />,
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
