import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { useCadres } from '../../api/cadres.ts';
import { downloadWithPost } from '../../api/client.ts';
import { useDivisionTree } from '../../api/divisions.ts';
import { useUnits } from '../../api/registry.ts';
import { CadreCards } from '../../components/cadre-cards.tsx';
import { CadreFilters } from '../../components/cadre-filters.tsx';
import { CadreTable } from '../../components/cadre-table.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { ReasonModal } from '../../components/reason-modal.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { exportUrl, TEMPLATE_URL } from '../../lib/cadre-excel.ts';
import {
  changeFilter,
  filterFromParams,
  isFiltered,
  paramsFromFilter,
  type TCadreFilter,
} from '../../lib/cadre-filter.ts';
import { filterChoices } from '../../lib/division-options.ts';

/** `/cadres`: the cadre registry (干部台账); the filter and page live in the URL. */
export function CadreListPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const permissions = useSession().data?.user.permissions ?? [];
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const cadres = useCadres(filter);
  const tree = useDivisionTree(permissions.includes('divisions:read'));
  const units = useUnits();
  const [fullExport, setFullExport] = useState(false);
  const [exporting, setExporting] = useState(false);

  // a township administrator is offered their own township's villages at once
  const { townships, villages } = useMemo(
    () => filterChoices(tree.data?.roots ?? [], filter.township),
    [tree.data, filter.township],
  );
  const unitOptions = (units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));

  const canWrite = permissions.includes('registry:write');
  const show = (next: TCadreFilter) => setParams(paramsFromFilter(next));
  const filtered = isFiltered(filter);
  const empty = (
    <Empty description={filtered ? t('registry.emptyFiltered') : t('registry.empty')}>
      {filtered && (
        <Button onClick={() => show({ page: 1, pageSize: filter.pageSize })}>
          {t('registry.clearFilters')}
        </Button>
      )}
    </Empty>
  );
  const list = {
    cadres: cadres.data?.items ?? [],
    loading: cadres.isFetching,
    empty,
    onOpen: (id: number) => void navigate(`/cadres/${id}`),
    paging: {
      page: filter.page,
      pageSize: filter.pageSize,
      total: cadres.data?.total ?? 0,
      onChange: (page: number, pageSize: number) =>
        show({ ...filter, page: pageSize === filter.pageSize ? page : 1, pageSize }),
    },
  };

  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('registry.title')}</Typography.Title>
        <Space wrap>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/cadres/new')}>
              {t('registry.create')}
            </Button>
          )}
          {canWrite && (
            <Button icon={<UploadOutlined />} onClick={() => void navigate('/cadres/import')}>
              {t('cadreExcel.import')}
            </Button>
          )}
          <Tooltip title={t('cadreExcel.exportMaskedHint')}>
            <Button icon={<DownloadOutlined />} href={exportUrl(filter)} download>
              {t('cadreExcel.export')}
            </Button>
          </Tooltip>
          {permissions.includes('pii:unmask') && (
            <Button icon={<DownloadOutlined />} onClick={() => setFullExport(true)}>
              {t('cadreExcel.exportFull')}
            </Button>
          )}
          {canWrite && (
            <Typography.Link href={TEMPLATE_URL} download>
              {t('cadreExcel.template')}
            </Typography.Link>
          )}
        </Space>
      </div>
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <CadreFilters
          filter={filter}
          townships={townships}
          villages={villages}
          units={unitOptions}
          stars={permissions.includes('rating:read')}
          onChange={(change) => show(changeFilter(filter, change))}
        />
        {cadres.isError ? (
          <LoadError error={cadres.error} onRetry={() => void cadres.refetch()} />
        ) : isMobile ? (
          <CadreCards {...list} />
        ) : (
          <CadreTable {...list} />
        )}
      </Card>
      <ReasonModal
        open={fullExport}
        name="full-export"
        title={t('cadreExcel.exportFullTitle')}
        hint={t('cadreExcel.exportFullHint')}
        okText={t('cadreExcel.exportFullSubmit')}
        reasonLabel={t('cadreExcel.exportFullReason')}
        pending={exporting}
        onClose={() => setFullExport(false)}
        onReason={(reason) => {
          setExporting(true);
          return downloadWithPost(exportUrl(filter), { reason }, '干部台账.xlsx')
            .then(() => setFullExport(false))
            .finally(() => setExporting(false));
        }}
      />
    </>
  );
}
