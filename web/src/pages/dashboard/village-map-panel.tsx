import { DownloadOutlined } from '@ant-design/icons';
import { MAP_MEASURES, type TMapMeasure } from '@zhucun/core';
import { Alert, App, Button, Card, Flex, Select, Skeleton, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { type TDashboardPanelName, useImportVillagePoints, useVillageMap } from '../../api/dashboard.ts';
import { FileButton } from '../../components/file-button.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PartTiles } from '../../components/part-tiles.tsx';
import { figureLink } from '../../lib/dashboard-links.ts';

const VillagePointChart = lazy(() => import('../../components/village-point-chart.tsx'));
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The county's import of village locations: the sheet to fill in, and the upload (all rows pass or none). */
function PointsImport() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useImportVillagePoints();
  const problems = upload.error instanceof ApiError ? upload.error.details : [];
  return (
    <Flex vertical gap={8}>
      <Flex wrap gap={8}>
        <Button icon={<DownloadOutlined />} href="/api/divisions/points/template.xlsx" download>
          {t('dashboard.map.template')}
        </Button>
        <FileButton
          accept={`.xlsx,${XLSX}`}
          loading={upload.isPending}
          testId="village-points-file"
          onFile={(file) =>
            upload.mutate(file, {
              onSuccess: (r) => void message.success(t('dashboard.map.imported', r)),
            })
          }
        >
          {t('dashboard.map.import')}
        </FileButton>
      </Flex>
      {upload.isError && (
        <Alert
          type="error"
          showIcon
          message={problems.length ? t('dashboard.map.importFailed') : upload.error.message}
          description={
            problems.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {problems.map((p) => (
                  <li key={`${p.field}-${p.message}`}>{p.message}</li>
                ))}
              </ul>
            )
          }
        />
      )}
    </Flex>
  );
}

/**
 * 村庄分布: the villages at the locations the county entered, coloured by a chosen measure; where no
 * village has one, the division's parts as tiles. A point or a tile opens the records behind its value.
 */
export function VillageMapPanel({ division }: { division?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const permissions = useSession().data?.user.permissions ?? [];
  const measures = (Object.keys(MAP_MEASURES) as TMapMeasure[]).filter((m) =>
    permissions.includes(MAP_MEASURES[m]),
  );
  const [measure, setMeasure] = useState<TMapMeasure | undefined>(undefined);
  const chosen = measure ?? measures[0];
  const map = useVillageMap(division, chosen ?? 'requests.overdue', !!chosen);
  if (!chosen) return null;
  const m = map.data;
  const [panel, figure] = chosen.split('.') as [TDashboardPanelName, string];
  const link = (part: string) => (m ? figureLink(panel, figure, { part, asOf: m.asOf }) : null);
  const measureName = t(`dashboard.map.measures.${chosen}` as 'dashboard.map.measures.requests.overdue');
  const part = t(`dashboard.parts.${m?.division.level ?? 'county'}` as 'dashboard.parts.county');
  return (
    <Card
      size="small"
      title={t('dashboard.map.title')}
      extra={
        <Select<TMapMeasure>
          aria-label={t('dashboard.map.measure')}
          style={{ width: 220 }}
          value={chosen}
          onChange={setMeasure}
          options={measures.map((x) => ({
            value: x,
            label: t(`dashboard.map.measures.${x}` as 'dashboard.map.measures.requests.overdue'),
          }))}
        />
      }
    >
      {map.isError ? (
        <LoadError error={map.error} onRetry={() => void map.refetch()} />
      ) : !m ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={12}>
          {m.points.length > 0 ? (
            <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 240 }} />}>
              <VillagePointChart
                points={m.points}
                label={t('dashboard.map.chart', { measure: measureName })}
                legend={[t('dashboard.map.legendLow'), t('dashboard.map.legendHigh')]}
                onPick={(code) => {
                  const to = link(code);
                  if (to) void navigate(to);
                }}
              />
            </Suspense>
          ) : (
            <>
              <Typography.Text type="secondary">{t('dashboard.map.tiles', { part })}</Typography.Text>
              <PartTiles tiles={m.parts.map((p) => ({ ...p, to: link(p.code) }))} />
            </>
          )}
          {m.points.length > 0 && m.withoutPoint > 0 && (
            <Typography.Text type="secondary">
              {t('dashboard.map.missing', { count: m.withoutPoint })}
            </Typography.Text>
          )}
          {permissions.includes('divisions:write') && <PointsImport />}
        </Flex>
      )}
    </Card>
  );
}
