import { addDays, daysBetween, ganttRows, type TProjectPlan } from '@zhucun/core';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GanttGrid, GanttLegend, type TGanttBar } from './project-plan-gantt.tsx';
import { useIsMobile } from './use-is-mobile.ts';

/** The first of the month of a date, and the last of the month of another: the chart's whole months. */
const monthStart = (d: string) => `${d.slice(0, 7)}-01`;
const monthEnd = (d: string) => addDays(`${addDays(monthStart(d), 32).slice(0, 7)}-01`, -1);

/**
 * A project's own battle map: one bar per milestone, from its start (or the previous due date, or the
 * project's start) to its due date, the mark coloured by its state and the baseline beside a moved one.
 * It does not fetch.
 */
export function ProjectPlanChart({ plan }: { plan: TProjectPlan }) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const live = plan.milestones.filter((m) => m.dropped === null);
  if (live.length === 0) return null;
  const window = { from: monthStart(plan.span.from), to: monthEnd(plan.span.to) };
  const axis = ganttRows([], window, plan.today);
  const at = (date: string) => daysBetween(window.from, date);
  let previous = plan.project.startDate;
  const bars: TGanttBar[] = live.map((m) => {
    const start = m.startDate ?? [previous, m.dueDate].sort()[0]!;
    previous = m.dueDate;
    return {
      key: String(m.id),
      label: (
        <div style={{ minWidth: 0, lineHeight: 1.3 }}>
          <div className="zc-ellipsis">{m.title}</div>
          <Typography.Text type="secondary" style={{ fontSize: 11 }} className="zc-ellipsis">
            {m.owner.name}
          </Typography.Text>
        </div>
      ),
      start: at(start),
      end: at(m.dueDate) + 1,
      share: m.doneOn ? 100 : 0,
      marks: [
        {
          key: m.id,
          at: at(m.dueDate),
          baselineAt: m.baselineDue ? at(m.baselineDue) : null,
          status: m.state.status,
          title: m.title,
        },
      ],
    };
  });
  return (
    <div>
      <GanttLegend />
      <div style={{ marginTop: 8 }}>
        <GanttGrid
          axis={axis}
          sections={[{ key: 'plan', title: t('plans.chart.title'), bars }]}
          labelWidth={isMobile ? 112 : 180}
          minWidth={isMobile ? 520 : 640}
        />
      </div>
    </div>
  );
}
