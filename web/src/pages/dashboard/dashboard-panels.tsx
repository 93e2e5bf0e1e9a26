import { GRADES, PROJECT_STATES } from '@zhucun/core';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type TDashboardPanelName, type TDashboardPanels, useDashboardPanel } from '../../api/dashboard.ts';
import { DashboardCard, type TFigure } from '../../components/dashboard-card.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { figureLink, type TFigureContext } from '../../lib/dashboard-links.ts';
import { shareText } from '../../lib/format.ts';

type TPanel = TDashboardPanels[TDashboardPanelName];
type TRow = Record<string, unknown> & { code: string; name: string };
/** A figure of the panel: its key in the answer, label, tone; `value` derives one (e.g. meeting = homes − below). */
type TFigureSpec = {
  key: string;
  label: string;
  tone?: 'bad' | 'good';
  of?: string;
  value?: (r: TRow) => number;
};
type TSeriesSpec = { key: string; label: string; color: string; value?: (r: TRow) => number };

const num = (r: TRow, key: string) => Number(r[key] ?? 0);

/** A panel's card from its answer: figures of the whole division, and the parts as stacked bars. */
function PanelCard<N extends TDashboardPanelName>(props: {
  name: N;
  division: string | undefined;
  title: string;
  figures: (p: TDashboardPanels[N]) => TFigureSpec[];
  series: (p: TDashboardPanels[N]) => TSeriesSpec[];
  context?: (p: TDashboardPanels[N]) => Partial<TFigureContext>;
  extra?: (p: TDashboardPanels[N]) => React.ReactNode;
  children?: (
    p: TDashboardPanels[N],
    link: (figure: string, part?: string) => string | null,
  ) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const q = useDashboardPanel(props.name, props.division);
  if (q.isError) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const p = q.data as (TPanel & TDashboardPanels[N]) | undefined;
  const link = (figure: string, part?: string) =>
    p
      ? figureLink(props.name, figure, {
          part: part ?? p.division.code,
          asOf: p.asOf,
          ...(props.context?.(p) ?? {}),
        })
      : null;
  const totals = (p?.totals ?? {}) as TRow;
  const figures: TFigure[] = p
    ? props.figures(p).map((f) => {
        const value = f.value ? f.value(totals) : num(totals, f.key);
        const of = f.of ? num(totals, f.of) : 0;
        return {
          key: f.key,
          label: f.label,
          value,
          tone: value > 0 ? f.tone : undefined,
          share: f.of ? shareText(value, of) : undefined,
          to: link(f.key),
        };
      })
    : [];
  const parts = (p?.parts ?? []) as TRow[];
  const series = p ? props.series(p) : [];
  const part = t(`dashboard.parts.${p?.division.level ?? 'county'}` as 'dashboard.parts.county');
  return (
    <DashboardCard
      title={props.title}
      loading={q.isPending}
      extra={
        p &&
        (props.extra?.(p) ?? (
          <Typography.Text type="secondary">{t('dashboard.asOf', { date: p.asOf })}</Typography.Text>
        ))
      }
      figures={figures}
      chart={{
        parts: parts.map((r) =>
          r.code === p?.division.code ? t('dashboard.own', { name: r.name }) : r.name,
        ),
        series: series.map((s) => ({
          key: s.key,
          name: s.label,
          color: s.color,
          data: parts.map((r) => (s.value ? s.value(r) : num(r, s.key))),
        })),
        label: t('dashboard.chart', { title: props.title, part }),
        onPick: (i, key) => {
          const to = link(key, parts[i]?.code);
          if (to) void navigate(to);
        },
      }}
    >
      {p && props.children?.(p, link)}
    </DashboardCard>
  );
}

const RED = '#cf1322';
const GREEN = '#52c41a';
const AMBER = '#faad14';
const BLUE = '#1677ff';
const GREY = '#bfbfbf';

/** A line of small linked counts (the villagers' word, the projects by kind). */
function CountLine(props: {
  title: string;
  items: { key: string; label: string; value: number; to: string | null }[];
}) {
  return (
    <Flex wrap gap={12} align="baseline">
      <Typography.Text type="secondary">{props.title}</Typography.Text>
      {props.items.map((i) => (
        <span key={i.key}>
          {i.label} {i.to ? <Link to={i.to}>{i.value}</Link> : i.value}
        </span>
      ))}
    </Flex>
  );
}

export function PresencePanel({ division }: { division?: string }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`dashboard.presence.${key}` as 'dashboard.presence.title');
  return (
    <PanelCard
      name="presence"
      division={division}
      title={k('title')}
      context={(p) => ({ monday: p.week.monday })}
      figures={(p) => [
        {
          key: 'weekComplying',
          label: k('weekComplying'),
          tone: 'good',
          value: (r) => num(r, 'weekComplying'),
        },
        { key: 'weekNotComplying', label: k('weekNotComplying'), tone: 'bad' },
        { key: 'monthComplying', label: k('monthComplying'), tone: 'good' },
        { key: 'monthNotComplying', label: k('monthNotComplying'), tone: 'bad' },
        { key: 'onLeave', label: k('onLeave') },
        {
          key: 'recallAlerts',
          label: t('dashboard.presence.recallAlerts', { days: p.recallLeaveDays }),
          tone: 'bad',
        },
      ]}
      series={() => [
        { key: 'weekComplying', label: k('weekComplying'), color: GREEN },
        { key: 'weekNotComplying', label: k('weekNotComplying'), color: RED },
      ]}
    >
      {(p) => (
        <Typography.Text type="secondary">
          {t('dashboard.presence.week', { from: p.week.monday, to: p.week.sunday })}
          {' · '}
          {p.month.weeks
            ? t('dashboard.presence.month', { count: p.month.weeks })
            : t('dashboard.presence.monthNone')}
          {' · '}
          {k('complyingShare')}{' '}
          {shareText(p.totals.weekComplying, p.totals.weekComplying + p.totals.weekNotComplying)}
        </Typography.Text>
      )}
    </PanelCard>
  );
}

export function RequestsPanel({ division }: { division?: string }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`dashboard.requests.${key}` as 'dashboard.requests.title');
  return (
    <PanelCard
      name="requests"
      division={division}
      title={k('title')}
      figures={() => [
        { key: 'open', label: k('open') },
        { key: 'overdue', label: k('overdue'), tone: 'bad' },
        { key: 'atTownship', label: k('atTownship') },
        { key: 'atCounty', label: k('atCounty') },
        { key: 'resolved', label: k('resolved') },
        { key: 'resolvedOnTime', label: k('resolvedOnTime'), of: 'resolved' },
      ]}
      series={() => [
        { key: 'open', label: k('open'), color: AMBER, value: (r) => num(r, 'open') - num(r, 'overdue') },
        { key: 'overdue', label: k('overdue'), color: RED },
      ]}
    >
      {(p, link) => (
        <CountLine
          title={k('satisfaction')}
          items={(['satisfied', 'basicallySatisfied', 'partlySolved', 'dissatisfied'] as const).map(
            (key) => ({
              key,
              label: k(key),
              value: p.totals[key],
              to: link(key),
            }),
          )}
        />
      )}
    </PanelCard>
  );
}

const STATE_COLORS: Record<string, string> = {
  draft: GREY,
  submitted: '#91caff',
  approved: '#69b1ff',
  filed: BLUE,
  in_progress: AMBER,
  acceptance: '#13c2c2',
  done: GREEN,
  stopped: '#595959',
};

export function ProjectsPanel({ division }: { division?: string }) {
  const { t } = useTranslation();
  const state = (s: string) => t(`projects.states.${s}` as 'projects.states.draft');
  return (
    <PanelCard
      name="projects"
      division={division}
      title={t('dashboard.projects.title')}
      figures={() => [
        ...(['filed', 'in_progress', 'acceptance', 'done'] as const).map((s) => ({
          key: s,
          label: state(s),
        })),
        { key: 'milestonesOverdue', label: t('dashboard.projects.milestonesOverdue'), tone: 'bad' as const },
      ]}
      series={() => PROJECT_STATES.map((s) => ({ key: s, label: state(s), color: STATE_COLORS[s] ?? GREY }))}
    >
      {(p) => (
        <CountLine
          title={t('dashboard.projects.byKind')}
          items={p.byKind.map((b) => ({
            key: b.kind,
            label: t(`projects.kinds.${b.kind}` as 'projects.kinds.industry'),
            value: b.count,
            to: `/projects?kind=${b.kind}${p.division.level === 'county' ? '' : `&township=${p.division.code.slice(0, 9)}`}`,
          }))}
        />
      )}
    </PanelCard>
  );
}

export function TasksPanel({ division }: { division?: string }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`dashboard.tasks.${key}` as 'dashboard.tasks.title');
  const total = (r: TRow) => num(r, 'open') + num(r, 'overdue') + num(r, 'done');
  return (
    <PanelCard
      name="tasks"
      division={division}
      title={k('title')}
      figures={() => [
        { key: 'open', label: k('open') },
        { key: 'overdue', label: k('overdue'), tone: 'bad' },
        { key: 'done', label: k('done'), tone: 'good', value: (r) => num(r, 'done') },
      ]}
      series={() => [
        { key: 'done', label: k('done'), color: GREEN },
        { key: 'open', label: k('open'), color: AMBER },
        { key: 'overdue', label: k('overdue'), color: RED },
      ]}
    >
      {(p) => (
        <Typography.Text type="secondary">
          {k('doneShare')} {shareText(p.totals.done, total(p.totals as unknown as TRow))}
        </Typography.Text>
      )}
    </PanelCard>
  );
}

export function RectificationPanel({ division }: { division?: string }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`dashboard.rectification.${key}` as 'dashboard.rectification.title');
  return (
    <PanelCard
      name="rectification"
      division={division}
      title={k('title')}
      figures={() => [
        { key: 'open', label: k('open') },
        { key: 'overdue', label: k('overdue'), tone: 'bad' },
        { key: 'closed', label: k('closed'), tone: 'good' },
      ]}
      series={() => [
        { key: 'closed', label: k('closed'), color: GREEN },
        { key: 'open', label: k('open'), color: AMBER, value: (r) => num(r, 'open') - num(r, 'overdue') },
        { key: 'overdue', label: k('overdue'), color: RED },
      ]}
    />
  );
}

export function HomesPanel({ division }: { division?: string }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`dashboard.homes.${key}` as 'dashboard.homes.title');
  const meeting = (r: TRow) => num(r, 'homes') - num(r, 'belowStandard');
  return (
    <PanelCard
      name="homes"
      division={division}
      title={k('title')}
      figures={() => [
        { key: 'homes', label: k('homes') },
        { key: 'meeting', label: k('meeting'), tone: 'good', value: meeting, of: 'homes' },
        { key: 'belowStandard', label: k('belowStandard'), tone: 'bad' },
        { key: 'withoutHome', label: k('withoutHome'), tone: 'bad' },
      ]}
      series={() => [
        { key: 'homes', label: k('meeting'), color: GREEN, value: meeting },
        { key: 'belowStandard', label: k('belowStandard'), color: RED },
      ]}
    />
  );
}

const GRADE_COLORS = {
  excellent: GREEN,
  competent: BLUE,
  basically_competent: AMBER,
  incompetent: RED,
} as const;

export function RatingPanel({ division }: { division?: string }) {
  const { t } = useTranslation();
  const grade = (g: string) => t(`rating.grades.${g}` as 'rating.grades.excellent');
  return (
    <PanelCard
      name="rating"
      division={division}
      title={t('dashboard.rating.title')}
      context={(p) => (p.cycle ? { ratingYear: p.cycle.year } : {})}
      extra={(p) =>
        p.cycle ? (
          <Link to={`/rating?year=${p.cycle.year}`}>
            {t('dashboard.rating.cycle', {
              year: p.cycle.year,
              stage: t(`rating.stages.${p.cycle.stage}` as 'rating.stages.open'),
            })}
          </Link>
        ) : (
          <Typography.Text type="secondary">{t('dashboard.rating.none')}</Typography.Text>
        )
      }
      figures={() => GRADES.map((g) => ({ key: g, label: grade(g) }))}
      series={() => GRADES.map((g) => ({ key: g, label: grade(g), color: GRADE_COLORS[g] }))}
    />
  );
}

/** The panels a permission opens, in the order of the mechanism (家园, 履职, 项目, 管理). */
export const DASHBOARD_PANELS: {
  permission: string;
  Panel: (p: { division?: string }) => React.ReactNode;
}[] = [
  { permission: 'duty:read', Panel: PresencePanel },
  { permission: 'requests:read', Panel: RequestsPanel },
  { permission: 'projects:read', Panel: ProjectsPanel },
  { permission: 'tasks:read', Panel: TasksPanel },
  { permission: 'rectification:read', Panel: RectificationPanel },
  { permission: 'homes:read', Panel: HomesPanel },
  { permission: 'rating:read', Panel: RatingPanel },
];
