import type { TOrgEvaluator, TOrgFormItem, TOrgFormSheet } from '@zhucun/core';
import { Alert, Button, Card, Empty, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TOrgFormFilter, useOrgFormSheet } from '../../api/rating-forms.ts';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { OrgFormModal } from './org-form-modal.tsx';
import { postText } from './post-text.ts';

type TShow = 'all' | 'todo' | 'done';

/** What a row shows of its form: done with the score, to do, or the caller themselves. */
function FormState({ item }: { item: TOrgFormItem }) {
  const { t } = useTranslation();
  if (item.self) return <Tag>{t('ratingForms.self')}</Tag>;
  if (item.form) return <Tag color="green">{t('ratingForms.done', { score: item.form.score })}</Tag>;
  return <Tag color="orange">{t('ratingForms.todo')}</Tag>;
}

/**
 * `/rating/forms`: 组织评价. The cadres the caller scores in a cycle (a township its own, a unit those it
 * sent, the county all), in village and name order with their forms' states and counts; a form per cadre.
 */
export function OrgFormListPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [filter, setFilter] = useState<TOrgFormFilter>({});
  const [show, setShow] = useState<TShow>('all');
  const [editing, setEditing] = useState<TOrgFormItem | null>(null);
  const sheet = useOrgFormSheet(filter);
  const data = sheet.data;
  const stageOf = (s: string) => t(`rating.stages.${s as 'open'}`);
  const items = (data?.items ?? []).filter(
    (i) => show === 'all' || (show === 'done' ? i.form !== null : !i.self && i.form === null),
  );
  const open = data?.cycle?.open ?? false;
  const signer = (i: TOrgFormItem) =>
    i.form
      ? t('ratingForms.signedBy', {
          name: i.form.submittedByName,
          at: dayjs(i.form.submittedAt).format('YYYY-MM-DD HH:mm'),
        })
      : '';
  const action = (i: TOrgFormItem) =>
    open && !i.self ? (
      <Button
        size="small"
        type={i.form ? 'default' : 'primary'}
        onClick={() => setEditing(i)}
        aria-label={`${i.form ? t('ratingForms.rescore') : t('ratingForms.score')} ${i.name}`}
      >
        {i.form ? t('ratingForms.rescore') : t('ratingForms.score')}
      </Button>
    ) : null;
  const columns = [
    {
      title: t('ratingForms.village'),
      key: 'village',
      render: (_: unknown, i: TOrgFormItem) => `${i.townshipName} · ${i.villageName}`,
    },
    { title: t('ratingForms.name'), dataIndex: 'name', width: 110 },
    {
      title: t('ratingForms.post'),
      key: 'post',
      render: (_: unknown, i: TOrgFormItem) => postText(t, i.category, i.postTitle),
    },
    {
      title: t('ratingForms.state'),
      key: 'state',
      width: 130,
      render: (_: unknown, i: TOrgFormItem) => <FormState item={i} />,
    },
    {
      title: t('ratingForms.signer'),
      key: 'signer',
      width: 220,
      render: (_: unknown, i: TOrgFormItem) => signer(i),
    },
    { title: '', key: 'action', width: 90, render: (_: unknown, i: TOrgFormItem) => action(i) },
  ];

  return (
    <>
      <Typography.Title level={3}>{t('ratingForms.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('ratingForms.intro')}</Typography.Paragraph>
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        {sheet.isError ? (
          <LoadError error={sheet.error} onRetry={() => void sheet.refetch()} />
        ) : data && !data.cycle ? (
          <Empty description={t('ratingForms.none')} />
        ) : (
          <>
            <Toolbar
              data={data}
              filter={filter}
              onFilter={setFilter}
              show={show}
              onShow={setShow}
              stageOf={stageOf}
            />
            {data?.cycle && !open && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                title={t('ratingForms.closed', { year: data.cycle.year, stage: stageOf(data.cycle.stage) })}
              />
            )}
            {isMobile ? (
              <ul
                aria-label={t('ratingForms.list')}
                style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}
              >
                {items.map((i) => (
                  <li key={i.personId}>
                    <Card size="small">
                      <Space direction="vertical" size={4} style={{ width: '100%' }}>
                        <Typography.Text strong>{i.name}</Typography.Text>
                        <Typography.Text type="secondary">{`${i.townshipName} · ${i.villageName}`}</Typography.Text>
                        <Space wrap>
                          <FormState item={i} />
                          {action(i)}
                        </Space>
                        {i.form && <Typography.Text type="secondary">{signer(i)}</Typography.Text>}
                      </Space>
                    </Card>
                  </li>
                ))}
                {items.length === 0 && !sheet.isFetching && <Empty description={t('ratingForms.empty')} />}
              </ul>
            ) : (
              <Table<TOrgFormItem>
                rowKey="personId"
                aria-label={t('ratingForms.list')}
                loading={sheet.isFetching}
                dataSource={items}
                columns={columns}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                locale={{ emptyText: t('ratingForms.empty') }}
              />
            )}
          </>
        )}
      </Card>
      {editing && data?.cycle && data.evaluator && (
        <OrgFormModal
          cycleId={data.cycle.id}
          evaluator={data.evaluator}
          criteria={data.criteria}
          item={editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

/** The year, the evaluator (when the account fills more than one kind), the counts and which rows to show. */
function Toolbar(props: {
  data: TOrgFormSheet | undefined;
  filter: TOrgFormFilter;
  onFilter: (f: TOrgFormFilter) => void;
  show: TShow;
  onShow: (s: TShow) => void;
  stageOf: (stage: string) => string;
}) {
  const { t } = useTranslation();
  const { data } = props;
  const counts = data?.counts ?? { total: 0, done: 0, todo: 0 };
  return (
    <div
      className="zc-toolbar"
      style={{ marginBottom: 16, display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}
    >
      <Select<number>
        aria-label={t('ratingForms.year')}
        value={data?.cycle?.id}
        options={(data?.cycles ?? []).map((c) => ({
          value: c.id,
          label: t('ratingForms.yearOption', { year: c.year, stage: props.stageOf(c.stage) }),
        }))}
        onChange={(cycleId) => props.onFilter({ ...props.filter, cycleId })}
        style={{ minWidth: 200 }}
      />
      {(data?.evaluators.length ?? 0) > 1 && (
        <Select<TOrgEvaluator>
          aria-label={t('ratingForms.evaluator')}
          value={data?.evaluator ?? undefined}
          options={data?.evaluators.map((e) => ({ value: e, label: t(`rating.evaluators.${e}`) }))}
          onChange={(evaluator) => props.onFilter({ ...props.filter, evaluator })}
          style={{ minWidth: 160 }}
        />
      )}
      <Space wrap size={[16, 4]} aria-live="polite">
        <Typography.Text>{`${t('ratingForms.counts.total')} ${counts.total}`}</Typography.Text>
        <Typography.Text type="success">{`${t('ratingForms.counts.done')} ${counts.done}`}</Typography.Text>
        <Typography.Text type="warning">{`${t('ratingForms.counts.todo')} ${counts.todo}`}</Typography.Text>
      </Space>
      <Segmented<TShow>
        aria-label={t('ratingForms.filter')}
        value={props.show}
        onChange={props.onShow}
        options={(['all', 'todo', 'done'] as const).map((s) => ({
          value: s,
          label: t(`ratingForms.filters.${s}`),
        }))}
      />
      {data && data.criteria.length > 0 && (
        <Typography.Text type="secondary">
          {t('ratingForms.criteria', {
            criteria: data.criteria
              .map((c) => t('ratingForms.criterionWeight', { label: c.label, weight: c.weight }))
              .join('、'),
          })}
        </Typography.Text>
      )}
    </div>
  );
}
