import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AWARD_LEVELS, type TAward, type TAwardLevel } from '@zhucun/core';
import { App, Button, Card, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth.ts';
import { awardEvidenceUrl, type TAwardFilter, useAwards, useRemoveAward } from '../../api/awards.ts';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { AwardFormModal } from './award-form-modal.tsx';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => thisYear - i);

/** `/awards`: 表彰登记, the commendations that add stars; kept by the county, read in scope. */
export function AwardListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const canWrite = useSession().data?.user.permissions.includes('awards:write') ?? false;
  const [filter, setFilter] = useState<TAwardFilter>({});
  const [adding, setAdding] = useState(0);
  const awards = useAwards(filter);
  const remove = useRemoveAward();
  const holderOf = (a: TAward) =>
    a.personName
      ? `${a.personName}（${[a.townshipName, a.villageName].filter(Boolean).join(' · ')}）`
      : `${[a.townshipName, a.villageName].filter(Boolean).join(' · ')} ${t('awards.village')}`;
  const columns = [
    { title: t('awards.awardedOn'), dataIndex: 'awardedOn', width: 110 },
    { title: t('awards.holder'), key: 'holder', render: (_: unknown, a: TAward) => holderOf(a) },
    { title: t('awards.titleField'), dataIndex: 'title' },
    {
      title: t('awards.level'),
      key: 'level',
      width: 130,
      render: (_: unknown, a: TAward) => (
        <Tag color={a.level === 'national' ? 'red' : 'orange'}>{t(`awards.levels.${a.level}`)}</Tag>
      ),
    },
    {
      title: t('awards.stars'),
      key: 'stars',
      width: 80,
      render: (_: unknown, a: TAward) => t('awards.starsValue', { count: a.stars }),
    },
    {
      title: t('awards.issuer'),
      key: 'issuer',
      render: (_: unknown, a: TAward) => [a.issuer, a.documentNo].filter(Boolean).join(' '),
    },
    {
      title: t('awards.evidence'),
      key: 'file',
      width: 90,
      render: (_: unknown, a: TAward) =>
        a.hasFile ? (
          <a href={awardEvidenceUrl(a.id)} target="_blank" rel="noreferrer">
            {t('awards.viewEvidence')}
          </a>
        ) : null,
    },
    ...(canWrite
      ? [
          {
            title: '',
            key: 'remove',
            width: 80,
            render: (_: unknown, a: TAward) => (
              <Popconfirm
                title={t('awards.removeConfirm')}
                onConfirm={() =>
                  remove.mutate(a.id, { onSuccess: () => void message.success(t('awards.removed')) })
                }
              >
                <Button type="link" danger size="small" icon={<DeleteOutlined />}>
                  {t('awards.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('awards.title')}</Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding((n) => n + 1)}>
            {t('awards.create')}
          </Button>
        )}
      </div>
      <Typography.Paragraph type="secondary">{t('awards.intro')}</Typography.Paragraph>
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <div className="zc-toolbar" style={{ marginBottom: 16 }}>
          <Select<number>
            allowClear
            placeholder={t('awards.allYears')}
            aria-label={t('awards.year')}
            options={YEARS.map((y) => ({ value: y, label: String(y) }))}
            onChange={(year) => setFilter((f) => ({ ...f, year }))}
            style={{ width: 120 }}
          />
          <Select<TAwardLevel>
            allowClear
            placeholder={t('awards.allLevels')}
            aria-label={t('awards.level')}
            options={AWARD_LEVELS.map((l) => ({ value: l, label: t(`awards.levels.${l}`) }))}
            onChange={(level) => setFilter((f) => ({ ...f, level }))}
            style={{ width: 160 }}
          />
        </div>
        {awards.isError ? (
          <LoadError error={awards.error} onRetry={() => void awards.refetch()} />
        ) : (
          <Table<TAward>
            rowKey="id"
            size={isMobile ? 'small' : 'middle'}
            loading={awards.isFetching}
            dataSource={awards.data?.items ?? []}
            columns={columns}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 900 }}
            locale={{ emptyText: t('awards.empty') }}
          />
        )}
      </Card>
      {adding > 0 && <AwardFormModal key={adding} open onClose={() => setAdding(0)} />}
    </>
  );
}
