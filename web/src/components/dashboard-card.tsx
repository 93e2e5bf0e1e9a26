import { Card, Flex, Skeleton, Typography } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TPartSeries } from './part-bar-chart.tsx';

const PartBarChart = lazy(() => import('./part-bar-chart.tsx'));

/** A figure of a panel: its label, value (with a share when it has one) and the list it opens. */
export type TFigure = {
  key: string;
  label: string;
  value: number;
  share?: string;
  to: string | null;
  tone?: 'bad' | 'good';
};

const TONE = { bad: '#cf1322', good: '#389e0d' } as const;

/** One headline figure, a link to its records. */
function FigureTile({ figure }: { figure: TFigure }) {
  const value = (
    <span style={{ fontSize: 22, fontWeight: 600, color: figure.tone ? TONE[figure.tone] : undefined }}>
      {figure.value}
      {figure.share && <span style={{ fontSize: 13, fontWeight: 400, marginLeft: 6 }}>{figure.share}</span>}
    </span>
  );
  return (
    <div style={{ minWidth: 96 }} data-figure={figure.key}>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
        {figure.label}
      </Typography.Text>
      {figure.to ? (
        <Link to={figure.to} aria-label={`${figure.label} ${figure.value}`}>
          {value}
        </Link>
      ) : (
        value
      )}
    </div>
  );
}

/**
 * A dashboard panel: title, the date it is as of, its headline figures (each a link to the records), and
 * the division's parts as a chart (a bar opens the part's records of that figure). Never fetches.
 */
export function DashboardCard(props: {
  title: string;
  extra?: ReactNode;
  loading: boolean;
  figures: TFigure[];
  chart?: {
    parts: string[];
    series: TPartSeries[];
    label: string;
    onPick: (part: number, key: string) => void;
  };
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card title={props.title} extra={props.extra} size="small" styles={{ body: { minHeight: 160 } }}>
      {props.loading ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={12}>
          <Flex wrap gap={16}>
            {props.figures.map((f) => (
              <FigureTile key={f.key} figure={f} />
            ))}
          </Flex>
          {props.children}
          {props.chart && props.chart.parts.length > 0 && (
            <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 120 }} />}>
              <PartBarChart {...props.chart} />
            </Suspense>
          )}
          {props.chart && props.chart.parts.length === 0 && (
            <Typography.Text type="secondary">{t('dashboard.noData')}</Typography.Text>
          )}
        </Flex>
      )}
    </Card>
  );
}
