import { PrinterOutlined } from '@ant-design/icons';
import { defaultGanttWindow } from '@zhucun/core';
import { Button, Card, DatePicker, Empty, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useGantt } from '../../api/project-plans.ts';
import { DivisionSelects } from '../../components/division-selects.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { GanttLegend } from '../../components/project-plan-gantt.tsx';
import { ProjectsGantt } from '../../components/project-plan-projects-gantt.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { planPrintUrl } from '../../lib/project-plan-print.ts';
import { changedParams } from '../../lib/search-params.ts';
import { useDivisionOptions } from '../duty-review/use-division-options.ts';

/**
 * `/projects/battle-map` (挂图作战): the Gantt chart of the projects of the county, a township or a
 * village in the caller's scope, for a window of months (this year unless chosen): a bar per project,
 * its milestones as marks coloured by state (overdue red), today's line; a village's prints on A3.
 */
export function BattleMapPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const year = defaultGanttWindow(dayjs().format('YYYY-MM-DD'));
  const from = params.get('from') ?? year.from;
  const to = params.get('to') ?? year.to;
  const township = params.get('township') ?? undefined;
  const village = params.get('village') ?? undefined;
  const { townships, villages } = useDivisionOptions(township);
  const gantt = useGantt({ from, to, ...(village ? { village } : township ? { township } : {}) });
  const set = (change: Record<string, string | undefined>) => setParams(changedParams(params, change));
  const rows = gantt.data?.gantt.groups.reduce((n, g) => n + g.rows.length, 0) ?? 0;

  return (
    <>
      <div className="zc-page-head">
        <div>
          <Typography.Title level={3}>{t('plans.battleMap.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('plans.battleMap.hint')}</Typography.Text>
        </div>
        <Button
          icon={<PrinterOutlined />}
          disabled={!village}
          title={village ? undefined : t('plans.battleMap.printNeedsVillage')}
          href={village ? planPrintUrl(village, { from, to }) : undefined}
          target="_blank"
        >
          {t('plans.battleMap.print')}
        </Button>
      </div>
      <div className="zc-toolbar" style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          picker="month"
          aria-label={t('plans.battleMap.months')}
          allowClear={false}
          value={[dayjs(from), dayjs(to)]}
          onChange={(v) =>
            set({
              from: v?.[0]?.startOf('month').format('YYYY-MM-DD'),
              to: v?.[1]?.endOf('month').format('YYYY-MM-DD'),
            })
          }
          style={{ width: isMobile ? '100%' : 240 }}
        />
        <DivisionSelects
          townships={townships}
          villages={villages}
          township={township}
          village={village}
          onChange={set}
        />
      </div>
      {gantt.isError ? (
        <LoadError error={gantt.error} onRetry={() => void gantt.refetch()} />
      ) : !gantt.data ? (
        <PageSpinner />
      ) : (
        <Card
          size="small"
          title={t('plans.battleMap.area', { area: gantt.data.area.name, count: rows })}
          extra={!isMobile && <GanttLegend />}
          styles={{ body: { padding: isMobile ? 8 : 12 } }}
        >
          {isMobile && <GanttLegend />}
          {rows === 0 ? (
            <Empty description={t('plans.battleMap.empty')} />
          ) : (
            <ProjectsGantt view={gantt.data} />
          )}
        </Card>
      )}
    </>
  );
}
