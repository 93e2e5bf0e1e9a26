import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { type TViolationItem, type TViolationState, VIOLATION_STATES } from '@zhucun/core';
import { Button, Card, Empty, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { type TViolationFilter, useViolations } from '../../api/violations.ts';
import { LoadError } from '../../components/load-error.tsx';
import { changedParams } from '../../lib/search-params.ts';
import { useDivisionOptions } from '../duty-review/use-division-options.ts';
import { RecordViolationModal } from './record-violation-modal.tsx';
import { ViolationPoints, ViolationStateTag } from './violation-parts.tsx';

function filterOf(params: URLSearchParams): TViolationFilter {
  const state = params.get('state') ?? '';
  const year = Number(params.get('year'));
  const personId = Number(params.get('personId'));
  return {
    state: (VIOLATION_STATES as readonly string[]).includes(state) ? (state as TViolationState) : undefined,
    township: /^\d{9}$/.test(params.get('township') ?? '') ? (params.get('township') as string) : undefined,
    year: year >= 2000 && year <= 2100 ? year : undefined,
    personId: Number.isInteger(personId) && personId > 0 ? personId : undefined,
    toDecide: params.get('toDecide') === 'true' ? true : undefined,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };
}

/** `/violations`: violation records in scope (never public), filtered by state, township and year; 登记. */
export function ViolationListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterOf(params), [params]);
  const canRecord = useSession().data?.user.permissions.includes('violations:record') ?? false;
  const [recording, setRecording] = useState(false);
  const list = useViolations(filter);
  const { townships } = useDivisionOptions(filter.township);
  const set = (change: Record<string, string | undefined>) =>
    setParams(changedParams(params, change, { paged: true }));
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Card>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 12,
          justifyContent: 'space-between',
          marginBottom: 8,
        }}
      >
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('violations.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('violations.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <Link to="/violations/catalogue">
            <Button icon={<StopOutlined />}>{t('violations.catalogueLink')}</Button>
          </Link>
          {canRecord && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
              {t('violations.record')}
            </Button>
          )}
        </Space>
      </div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('violations.filters.state')}
          value={filter.state ?? ''}
          onChange={(v) => set({ state: v || undefined })}
          options={[
            { value: '', label: `${t('violations.filters.state')}：${t('violations.filters.all')}` },
            ...VIOLATION_STATES.map((s) => ({ value: s, label: t(`violations.states.${s}`) })),
          ]}
          style={{ width: 190 }}
        />
        {townships.length > 1 && (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('violations.filters.township')}
            placeholder={t('violations.filters.township')}
            value={filter.township}
            onChange={(v) => set({ township: v || undefined })}
            options={townships}
            style={{ width: 150 }}
          />
        )}
        <InputNumber
          aria-label={t('violations.filters.year')}
          placeholder={t('violations.filters.year')}
          min={2000}
          max={2100}
          value={filter.year ?? null}
          onChange={(v) => set({ year: v ? String(v) : undefined })}
          style={{ width: 110 }}
        />
        {filter.personId && (
          <Tag closable onClose={() => set({ personId: undefined })} style={{ marginInlineEnd: 0 }}>
            {t('violations.filters.person', {
              name: list.data?.items[0]?.personName ?? `#${filter.personId}`,
            })}
          </Tag>
        )}
        {filter.toDecide && (
          <Tag
            color="blue"
            closable
            onClose={() => set({ toDecide: undefined })}
            style={{ marginInlineEnd: 0 }}
          >
            {t('violations.filters.toDecide')}
          </Tag>
        )}
      </Space>
      <Table<TViolationItem>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('violations.empty')} /> }}
        scroll={{ x: 1000 }}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: list.data?.total ?? 0,
          onChange: (page, pageSize) => set({ page: String(page), pageSize: String(pageSize) }),
        }}
        columns={[
          {
            title: t('violations.columns.person'),
            key: 'person',
            width: 110,
            render: (_, r) => <Link to={`/violations/${r.id}`}>{r.personName}</Link>,
          },
          {
            title: t('violations.columns.village'),
            key: 'village',
            width: 180,
            render: (_, r) => `${r.townshipName} ${r.villageName}`,
          },
          { title: t('violations.columns.item'), dataIndex: 'itemText' },
          { title: t('violations.columns.occurredOn'), dataIndex: 'occurredOn', width: 110 },
          {
            title: t('violations.columns.deduction'),
            key: 'deduction',
            width: 170,
            render: (_, r) => <ViolationPoints v={r} />,
          },
          {
            title: t('violations.columns.state'),
            key: 'state',
            width: 170,
            render: (_, r) => <ViolationStateTag state={r.state} />,
          },
        ]}
      />
      <RecordViolationModal open={recording} year={dayjs().year()} onClose={() => setRecording(false)} />
    </Card>
  );
}
