import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { defaultGanttWindow } from '@zhucun/core';
import { Button, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useGantt } from '../../api/project-plans.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { GanttLegend } from '../../components/project-plan-gantt.tsx';
import { ProjectsGantt } from '../../components/project-plan-projects-gantt.tsx';
import { usePageRule } from '../../components/use-page-rule.ts';
import { PLAN_PRINT_PAGE } from '../../lib/project-plan-print.ts';
import './plan-print.css';

/**
 * Scales the chart down until it fits the sheet's height (many projects still print on one page):
 * measured at the sheet's width, then drawn wider and scaled so it fills the width again.
 */
function useFitToSheet(content: unknown) {
  const sheet = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    if (content) setScale(1);
  }, [content]);
  useLayoutEffect(() => {
    if (!sheet.current || !body.current || scale !== 1) return;
    const style = getComputedStyle(sheet.current);
    const room =
      sheet.current.clientHeight -
      Number.parseFloat(style.paddingTop) -
      Number.parseFloat(style.paddingBottom);
    const need = body.current.scrollHeight;
    // a little slack: the printed sheet is a few millimetres shorter than the one on screen
    if (need > room) setScale(Math.max(0.3, (room / need) * 0.98));
  });
  return { sheet, body, scale };
}

/**
 * Rows spread over the sheet's height (about 900 px under the heading): tall on a wall chart of few
 * projects, never under 46 px (a chart of many is scaled to fit instead).
 */
function rowHeightOf(groups: { rows: unknown[] }[]): number {
  const rows = groups.reduce((n, g) => n + g.rows.length, 0);
  return Math.max(46, Math.min(96, Math.floor(880 / Math.max(1, rows + groups.length * 0.6))));
}

/**
 * `/projects/plan-print?village=…&from=…&to=…`: a village's battle map on ONE A3 landscape sheet, the
 * chart the office hangs on its wall: every project's bar and milestones named, overdue in red, today's
 * line, the legend and the date it was printed. Outside the app's frame.
 */
export function PlanPrintPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const village = params.get('village') ?? '';
  const year = defaultGanttWindow(dayjs().format('YYYY-MM-DD'));
  const from = params.get('from') ?? year.from;
  const to = params.get('to') ?? year.to;
  const gantt = useGantt({ village, from, to }, /^\d{12}$/.test(village));
  usePageRule(PLAN_PRINT_PAGE);
  const { sheet, body, scale } = useFitToSheet(gantt.data);
  useEffect(() => {
    if (gantt.data) document.title = t('plans.print.docTitle', { area: gantt.data.area.name });
  }, [gantt.data, t]);

  return (
    <div className="zc-plan-print-root">
      <div className="zc-plan-print-controls zc-no-print">
        <Link to={`/projects/battle-map?village=${village}&from=${from}&to=${to}`}>
          <ArrowLeftOutlined /> {t('plans.print.back')}
        </Link>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          disabled={!gantt.data}
        >
          {t('plans.print.print')}
        </Button>
        <Typography.Text type="secondary">{t('plans.print.hint')}</Typography.Text>
      </div>
      {!/^\d{12}$/.test(village) && <Typography.Paragraph>{t('plans.print.noVillage')}</Typography.Paragraph>}
      {gantt.isPending && /^\d{12}$/.test(village) && <PageSpinner />}
      {gantt.isError && <LoadError error={gantt.error} onRetry={() => void gantt.refetch()} />}
      {gantt.data && (
        <div className="zc-plan-print-sheet" ref={sheet} data-testid="plan-print-sheet">
          <div
            ref={body}
            style={
              scale < 1
                ? { width: `${100 / scale}%`, transform: `scale(${scale})`, transformOrigin: 'top left' }
                : undefined
            }
          >
            <div className="zc-plan-print-head">
              <div className="zc-plan-print-title">
                {t('plans.print.title', { area: gantt.data.area.name })}
              </div>
              <div className="zc-plan-print-motto">{t('plans.print.motto')}</div>
            </div>
            <div className="zc-plan-print-meta">
              <span>
                {t('plans.print.window', { from, to })} ·{' '}
                {t('plans.print.count', { count: gantt.data.projects.length })}
              </span>
              <GanttLegend />
              <span>{t('plans.print.printedOn', { date: gantt.data.today })}</span>
            </div>
            {gantt.data.projects.length === 0 ? (
              <Typography.Paragraph>{t('plans.battleMap.empty')}</Typography.Paragraph>
            ) : (
              <ProjectsGantt view={gantt.data} print rowHeight={rowHeightOf(gantt.data.gantt.groups)} />
            )}
          </div>
        </div>
      )}
    </div>
  );
}
