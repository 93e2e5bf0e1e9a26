import type { TPlanMilestone } from '@zhucun/core';
import { Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MARK_COLOURS } from './project-plan-gantt.tsx';
import { useIsMobile } from './use-is-mobile.ts';

export type TMilestoneAction = 'edit' | 'done' | 'reopen' | 'drop';

type Props = {
  milestones: TPlanMilestone[];
  /** Which actions the caller may take (the page knows from the plan's `may`). */
  may: { plan: boolean; markDone: boolean };
  /** The plan is frozen as the baseline: a milestone is dropped (kept struck through), not deleted. */
  frozen: boolean;
  busy: number | null;
  onAction: (action: TMilestoneAction, milestone: TPlanMilestone) => void;
};

/** A milestone's state in words: 已逾期 3 天, 逾期完成 2 天 …, coloured as on the chart. */
export function MilestoneStatusTag({ m }: { m: TPlanMilestone }) {
  const { t } = useTranslation();
  if (m.dropped) return <Tag>{t('plans.milestones.dropped')}</Tag>;
  const s = m.state;
  const text =
    s.status === 'overdue'
      ? t('plans.status.overdueDays', { days: s.overdueDays })
      : s.status === 'done_late'
        ? t('plans.status.lateDays', { days: s.lateDays })
        : t(`plans.status.${s.status}`);
  return <Tag color={MARK_COLOURS[s.status]}>{text}</Tag>;
}

/** Slippage against the baseline: +5 天 later, −3 天 earlier, 新增 for a milestone added after approval. */
export function SlippageTag({ m }: { m: TPlanMilestone }) {
  const { t } = useTranslation();
  if (m.added) return <Tag color="purple">{t('plans.milestones.added')}</Tag>;
  const d = m.state.slippageDays;
  if (d === null || d === 0) return null;
  return (
    <Tag color={d > 0 ? 'orange' : 'green'}>
      {d > 0 ? t('plans.milestones.later', { days: d }) : t('plans.milestones.earlier', { days: -d })}
    </Tag>
  );
}

function Actions({ m, may, frozen, busy, onAction }: { m: TPlanMilestone } & Omit<Props, 'milestones'>) {
  const { t } = useTranslation();
  if (m.dropped) return null;
  const button = (
    action: TMilestoneAction,
    text: string,
    extra: { danger?: boolean; primary?: boolean } = {},
  ) => (
    <Button
      key={action}
      size="small"
      type={extra.primary ? 'primary' : 'default'}
      danger={extra.danger}
      loading={busy === m.id}
      onClick={() => onAction(action, m)}
    >
      {text}
    </Button>
  );
  const buttons: ReactNode[] = [];
  if (may.markDone && !m.doneOn)
    buttons.push(button('done', t('plans.milestones.markDone'), { primary: true }));
  if (may.markDone && m.doneOn) buttons.push(button('reopen', t('plans.milestones.reopen')));
  if (may.plan) buttons.push(button('edit', t('plans.milestones.move')));
  if (may.plan)
    buttons.push(
      button('drop', frozen ? t('plans.milestones.cancel') : t('plans.milestones.drop'), { danger: true }),
    );
  return (
    <Space wrap size={4}>
      {buttons}
    </Space>
  );
}

const struck = (m: TPlanMilestone) => (m.dropped ? { textDecoration: 'line-through', color: '#8c8c8c' } : {});

/** The plan's milestones: due date beside the baseline, slippage, state, owner and what is delivered. */
export function MilestoneList({ milestones, may, frozen, busy, onAction }: Props) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  if (milestones.length === 0) return <Empty description={t('plans.milestones.none')} />;
  if (isMobile)
    return (
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        {milestones.map((m) => (
          <Card key={m.id} size="small" styles={{ body: { padding: 12 } }}>
            <Space wrap size={4} style={{ marginBottom: 4 }}>
              <Typography.Text strong style={struck(m)}>
                {m.title}
              </Typography.Text>
              <MilestoneStatusTag m={m} />
              <SlippageTag m={m} />
            </Space>
            <div style={{ fontSize: 13, color: '#595959' }}>
              {t('plans.milestones.dueLine', { due: m.dueDate, owner: m.owner.name })}
              {m.baselineDue && m.baselineDue !== m.dueDate
                ? ` · ${t('plans.milestones.baselineShort', { date: m.baselineDue })}`
                : ''}
              {m.doneOn ? ` · ${t('plans.milestones.doneOn', { date: m.doneOn })}` : ''}
            </div>
            {m.deliverable && <div style={{ fontSize: 13 }}>{m.deliverable}</div>}
            {m.dropped?.reason && (
              <Typography.Text type="secondary">
                {t('plans.milestones.dropReason', { reason: m.dropped.reason })}
              </Typography.Text>
            )}
            <div style={{ marginTop: 8 }}>
              <Actions m={m} may={may} frozen={frozen} busy={busy} onAction={onAction} />
            </div>
          </Card>
        ))}
      </Space>
    );
  return (
    <Table<TPlanMilestone>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={milestones}
      columns={[
        {
          title: t('plans.milestones.title'),
          render: (_, m) => (
            <div>
              <Typography.Text strong style={struck(m)}>
                {m.title}
              </Typography.Text>
              {m.deliverable && <div style={{ fontSize: 12, color: '#595959' }}>{m.deliverable}</div>}
              {m.dropped?.reason && (
                <div style={{ fontSize: 12, color: '#8c8c8c' }}>
                  {t('plans.milestones.dropReason', { reason: m.dropped.reason })}
                </div>
              )}
            </div>
          ),
        },
        { title: t('plans.milestones.owner'), render: (_, m) => m.owner.name, width: 90 },
        { title: t('plans.milestones.due'), dataIndex: 'dueDate', width: 110 },
        { title: t('plans.milestones.baseline'), render: (_, m) => m.baselineDue ?? '—', width: 110 },
        { title: t('plans.milestones.slippage'), render: (_, m) => <SlippageTag m={m} />, width: 100 },
        {
          title: t('plans.milestones.state'),
          render: (_, m) => (
            <div>
              <MilestoneStatusTag m={m} />
              {m.doneOn && <div style={{ fontSize: 12, color: '#595959' }}>{m.doneOn}</div>}
            </div>
          ),
          width: 130,
        },
        ...(may.plan || may.markDone
          ? [
              {
                title: t('plans.milestones.actions'),
                render: (_: unknown, m: TPlanMilestone) => (
                  <Actions m={m} may={may} frozen={frozen} busy={busy} onAction={onAction} />
                ),
                width: 230,
              },
            ]
          : []),
      ]}
    />
  );
}
