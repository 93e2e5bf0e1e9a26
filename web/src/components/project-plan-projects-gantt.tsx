import type { TGanttView } from '@zhucun/core';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GanttGrid, type TGanttSection } from './project-plan-gantt.tsx';

type Props = {
  view: TGanttView;
  /** The wall chart: milestone names under their marks, no links, a narrower label column. */
  print?: boolean;
  /** Row height in px (the wall chart spreads its rows over the sheet). */
  rowHeight?: number;
};

/** The Gantt chart of an area's projects: one section per village, one bar per project. It does not fetch. */
export function ProjectsGantt({ view, print = false, rowHeight }: Props) {
  const { t } = useTranslation();
  const byId = new Map(view.projects.map((p) => [p.id, p]));
  const sections: TGanttSection[] = view.gantt.groups.map((g) => ({
    key: g.villageCode,
    title: g.villageName,
    bars: g.rows.map((row) => {
      const project = byId.get(row.projectId);
      const names = new Map(project?.milestones.map((m) => [m.id, m.title]) ?? []);
      const title = print ? (
        <span key="title">{row.title}</span>
      ) : (
        <Link key="title" to={`/projects/${row.projectId}`}>
          {row.title}
        </Link>
      );
      return {
        key: `${g.villageCode}:${row.projectId}`,
        label: (
          <div style={{ minWidth: 0, lineHeight: 1.3 }}>
            <div className="zc-ellipsis" style={{ fontWeight: 500 }}>
              {title}
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 11 }} className="zc-ellipsis">
              {[
                project?.leaderName,
                row.progress.share === null
                  ? null
                  : t('plans.gantt.share', { done: row.progress.done, total: row.progress.total }),
                row.progress.overdue ? t('plans.gantt.overdueCount', { count: row.progress.overdue }) : null,
                project?.state === 'submitted' ? t('plans.gantt.notApproved') : null,
                row.otherVillages.length
                  ? t('plans.gantt.alsoIn', { villages: row.otherVillages.join('、') })
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          </div>
        ),
        start: row.start,
        end: row.end,
        clippedStart: row.clippedStart,
        clippedEnd: row.clippedEnd,
        share: row.progress.share,
        muted: project?.state === 'submitted',
        marks: row.milestones.map((m) => ({
          key: m.id,
          at: m.at,
          baselineAt: m.baselineAt,
          status: m.state.status,
          title: names.get(m.id) ?? '',
        })),
      };
    }),
  }));
  return (
    <GanttGrid
      axis={view.gantt}
      sections={sections}
      labels={print}
      labelWidth={print ? 200 : 240}
      rowHeight={rowHeight}
      minWidth={print ? 0 : 760}
    />
  );
}
