import type { TMilestoneStatus } from '@zhucun/core';
import dayjs from 'dayjs';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A Gantt chart in plain HTML (挂图作战): a label column, a month axis, bars and milestone marks placed
 * in percent of the window, today's line. It prints as it shows (A3 wall chart) and scrolls sideways
 * on a phone. It does not fetch.
 */

export type TGanttMark = {
  key: number;
  at: number;
  baselineAt: number | null;
  status: TMilestoneStatus;
  /** What the mark names (tooltip, and the label under it when `labels` is on). */
  title: string;
};
export type TGanttBar = {
  key: string;
  label: ReactNode;
  start: number;
  end: number;
  clippedStart?: boolean;
  clippedEnd?: boolean;
  /** Share done (0–100) drawn as the bar's darker part; null for none. */
  share?: number | null;
  /** Not yet approved: drawn lighter, dashed. */
  muted?: boolean;
  marks: TGanttMark[];
};
export type TGanttSection = { key: string; title: ReactNode; bars: TGanttBar[] };
export type TGanttAxis = {
  days: number;
  today: number | null;
  months: { month: string; start: number; end: number }[];
};

/** The colour of a milestone's state: overdue red, done green, done late amber, open blue. */
export const MARK_COLOURS: Record<TMilestoneStatus, string> = {
  overdue: '#cf1322',
  done: '#389e0d',
  done_late: '#d46b08',
  open: '#1677ff',
};

const pct = (n: number, days: number) => `${(Math.max(0, Math.min(days, n)) / days) * 100}%`;

function Diamond({ colour, hollow, size }: { colour: string; hollow?: boolean; size: number }) {
  return (
    <span
      style={{
        display: 'inline-block',
        width: size,
        height: size,
        transform: 'rotate(45deg)',
        background: hollow ? '#fff' : colour,
        border: `2px solid ${colour}`,
        boxSizing: 'border-box',
      }}
    />
  );
}

function Mark({ mark, days, labels }: { mark: TGanttMark; days: number; labels: boolean }) {
  const { t } = useTranslation();
  const colour = MARK_COLOURS[mark.status];
  const moved = mark.baselineAt !== null && mark.baselineAt !== mark.at;
  const where = (at: number): CSSProperties => ({
    position: 'absolute',
    left: pct(at + 0.5, days),
    top: '50%',
    transform: 'translate(-50%, -50%)',
    lineHeight: 0,
  });
  const name = `${mark.title} · ${t(`plans.status.${mark.status}`)}`;
  return (
    <>
      {moved && mark.baselineAt! >= 0 && mark.baselineAt! < days && (
        <span style={where(mark.baselineAt!)} title={t('plans.gantt.baselineOf', { title: mark.title })}>
          <Diamond colour="#8c8c8c" hollow size={9} />
        </span>
      )}
      {mark.at >= 0 && mark.at < days && (
        <span
          style={{ ...where(mark.at), zIndex: 1 }}
          title={name}
          data-status={mark.status}
          className="zc-gantt-mark"
        >
          <Diamond colour={colour} size={11} />
          {labels && (
            <span
              style={{
                position: 'absolute',
                top: 10,
                left: '50%',
                transform: 'translateX(-50%)',
                whiteSpace: 'nowrap',
                fontSize: 10,
                lineHeight: 1.2,
                padding: '0 2px',
                background: 'rgba(255, 255, 255, 0.85)',
                zIndex: 2,
                color: mark.status === 'overdue' ? colour : '#434343',
                maxWidth: 90,
                overflow: 'hidden',
                textOverflow: 'ellipsis',
              }}
            >
              {mark.title}
            </span>
          )}
        </span>
      )}
    </>
  );
}

function Track({
  bar,
  axis,
  labels,
  height,
}: {
  bar: TGanttBar;
  axis: TGanttAxis;
  labels: boolean;
  height: number;
}) {
  const { days } = axis;
  const edge = (open?: boolean) => (open ? '0' : '4px');
  return (
    <div style={{ position: 'relative', height }}>
      {axis.months.map((m) => (
        <span
          key={m.month}
          style={{
            position: 'absolute',
            left: pct(m.start, days),
            top: 0,
            bottom: 0,
            borderLeft: '1px solid #f0f0f0',
          }}
        />
      ))}
      <span
        style={{
          position: 'absolute',
          left: pct(bar.start, days),
          width: pct(bar.end - bar.start, days),
          top: labels ? '22%' : '30%',
          height: labels ? '28%' : '40%',
          background: bar.muted ? '#f5f5f5' : '#d6e4ff',
          border: bar.muted ? '1px dashed #8c8c8c' : '1px solid #adc6ff',
          borderRadius: `${edge(bar.clippedStart)} ${edge(bar.clippedEnd)} ${edge(bar.clippedEnd)} ${edge(bar.clippedStart)}`,
          overflow: 'hidden',
          boxSizing: 'border-box',
        }}
      >
        {bar.share ? (
          <span style={{ display: 'block', height: '100%', width: `${bar.share}%`, background: '#85a5ff' }} />
        ) : null}
      </span>
      {bar.marks.map((m) => (
        <Mark key={m.key} mark={m} days={days} labels={labels} />
      ))}
      {axis.today !== null && (
        <span
          aria-hidden
          style={{
            position: 'absolute',
            left: pct(axis.today + 0.5, days),
            top: 0,
            bottom: 0,
            borderLeft: '2px dashed #b4232a',
          }}
        />
      )}
    </div>
  );
}

/** The legend: what the marks' colours and the dashed line mean. */
export function GanttLegend() {
  const { t } = useTranslation();
  const item = (node: ReactNode, text: string) => (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, marginInlineEnd: 16 }}>
      {node}
      {text}
    </span>
  );
  return (
    <div style={{ fontSize: 12, color: '#595959', display: 'flex', flexWrap: 'wrap', rowGap: 4 }}>
      {(['open', 'done', 'done_late', 'overdue'] as const).map((s) =>
        item(<Diamond colour={MARK_COLOURS[s]} size={10} />, t(`plans.status.${s}`)),
      )}
      {item(<Diamond colour="#8c8c8c" hollow size={9} />, t('plans.gantt.baseline'))}
      {item(
        <span style={{ width: 14, borderLeft: '2px dashed #b4232a', height: 12 }} />,
        t('plans.gantt.today'),
      )}
    </div>
  );
}

type Props = {
  axis: TGanttAxis;
  sections: TGanttSection[];
  /** Width of the label column in px. */
  labelWidth?: number;
  /** Milestone titles under their marks (the wall chart). */
  labels?: boolean;
  rowHeight?: number;
  /** Below this width the chart scrolls sideways (a phone). */
  minWidth?: number;
};

/** The chart: month axis, then each section's title and its bars. */
export function GanttGrid({
  axis,
  sections,
  labelWidth = 220,
  labels = false,
  rowHeight,
  minWidth = 720,
}: Props) {
  const { t } = useTranslation();
  const height = rowHeight ?? (labels ? 46 : 34);
  const grid: CSSProperties = { display: 'grid', gridTemplateColumns: `${labelWidth}px 1fr` };
  return (
    <section style={{ overflowX: 'auto' }} className="zc-gantt" aria-label={t('plans.gantt.title')}>
      <div style={{ minWidth }}>
        <div style={{ ...grid, borderBottom: '1px solid #d9d9d9' }}>
          <span />
          <div style={{ position: 'relative', height: 22 }}>
            {axis.months.map((m) => (
              <span
                key={m.month}
                style={{
                  position: 'absolute',
                  left: pct(m.start, axis.days),
                  width: pct(m.end - m.start, axis.days),
                  fontSize: 11,
                  color: '#595959',
                  textAlign: 'center',
                  borderLeft: '1px solid #d9d9d9',
                  overflow: 'hidden',
                  whiteSpace: 'nowrap',
                }}
              >
                {dayjs(`${m.month}-01`).format(t('plans.gantt.monthFormat'))}
              </span>
            ))}
          </div>
        </div>
        {sections.map((s) => (
          <div key={s.key}>
            <div
              style={{
                background: '#fafafa',
                fontWeight: 600,
                padding: '4px 8px',
                borderBottom: '1px solid #f0f0f0',
              }}
            >
              {s.title}
            </div>
            {s.bars.map((bar) => (
              <div key={bar.key} style={{ ...grid, borderBottom: '1px solid #f5f5f5' }}>
                <div
                  style={{
                    padding: '2px 8px',
                    display: 'flex',
                    alignItems: 'center',
                    minWidth: 0,
                    fontSize: 13,
                  }}
                >
                  {bar.label}
                </div>
                <div>
                  <Track bar={bar} axis={axis} labels={labels} height={height} />
                </div>
              </div>
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}
