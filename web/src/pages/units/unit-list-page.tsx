import { EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { type TUnit, UNIT_KINDS, UNIT_LEVELS } from '@zhucun/core';
import { Button, Card, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { type TUnitFilter, useUnitList } from '../../api/units.ts';
import { LoadError } from '../../components/load-error.tsx';
import { UnitCards } from '../../components/unit-cards.tsx';
import { UnitTable } from '../../components/unit-table.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { DEFAULT_PAGE_SIZE, paramsFromFilter } from '../../lib/cadre-filter.ts';
import { UnitFormModal } from './unit-form-modal.tsx';

/** The ledger filtered by one unit. */
function ledgerPath(unitId: number): string {
  return `/cadres?${paramsFromFilter({ unitId, page: 1, pageSize: DEFAULT_PAGE_SIZE }).toString()}`;
}

/** `/units`: search and filter the dispatching units; add and edit them with `units:write`. */
export function UnitListPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const canWrite = useSession().data?.user.permissions.includes('units:write') ?? false;
  const [filter, setFilter] = useState<TUnitFilter>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [editing, setEditing] = useState<TUnit | 'new' | null>(null);
  // a fresh dialog (and form) each time one opens, so an edit never starts from the last one's values
  const [opened, setOpened] = useState(0);
  const open = (unit: TUnit | 'new') => {
    setOpened((n) => n + 1);
    setEditing(unit);
  };
  const units = useUnitList(filter);
  const change = (next: Partial<Omit<TUnitFilter, 'page'>>) => setFilter((f) => ({ ...f, ...next, page: 1 }));
  const filtered = Boolean(filter.q || filter.kind || filter.level);
  const paging = {
    page: filter.page,
    pageSize: filter.pageSize,
    total: units.data?.total ?? 0,
    onChange: (page: number, pageSize: number) => setFilter((f) => ({ ...f, page, pageSize })),
  };
  const actions = (unit: TUnit) => (
    <Space size={0} wrap>
      <Link to={ledgerPath(unit.id)} style={{ padding: '0 7px', whiteSpace: 'nowrap' }}>
        <TeamOutlined /> {t('units.cadres')}
      </Link>
      {canWrite && (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => open(unit)}>
          {t('units.edit')}
        </Button>
      )}
    </Space>
  );
  const list = {
    units: units.data?.items ?? [],
    loading: units.isFetching,
    paging,
    emptyText: filtered ? t('units.emptyFiltered') : t('units.empty'),
    actions,
  };

  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('units.title')}</Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
            {t('units.create')}
          </Button>
        )}
      </div>
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <div className="zc-toolbar" style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('units.search')}
            aria-label={t('units.search')}
            maxLength={50}
            onSearch={(q) => change({ q: q.trim() || undefined })}
            style={{ width: isMobile ? '100%' : 300 }}
          />
          <Select<TUnit['kind']>
            allowClear
            placeholder={t('units.allKinds')}
            aria-label={t('units.kind')}
            options={UNIT_KINDS.map((k) => ({ value: k, label: t(`units.kinds.${k}`) }))}
            onChange={(kind) => change({ kind })}
            style={{ width: isMobile ? '100%' : 160 }}
          />
          <Select<TUnit['level']>
            allowClear
            placeholder={t('units.allLevels')}
            aria-label={t('units.level')}
            options={UNIT_LEVELS.map((l) => ({ value: l, label: t(`units.levels.${l}`) }))}
            onChange={(level) => change({ level })}
            style={{ width: isMobile ? '100%' : 140 }}
          />
        </div>
        {units.isError ? (
          <LoadError error={units.error} onRetry={() => void units.refetch()} />
        ) : isMobile ? (
          <UnitCards {...list} />
        ) : (
          <UnitTable {...list} />
        )}
      </Card>
      <UnitFormModal key={opened} unit={editing} onClose={() => setEditing(null)} />
    </>
  );
}
