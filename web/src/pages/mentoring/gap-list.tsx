import { PlusOutlined } from '@ant-design/icons';
import type { TMentoringGap, TMentorLevel } from '@zhucun/core';
import { Button, Card, Empty, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIsMobile } from '../../components/use-is-mobile.ts';

/** A phone's list: one small card per person. */
export const LIST_STYLE = { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 } as const;

type Props = {
  gaps: readonly TMentoringGap[];
  loading: boolean;
  /** The missing levels the caller may pair at (none: read-only). */
  assignable: (gap: TMentoringGap) => TMentorLevel[];
  onAssign: (gap: TMentoringGap, level: TMentorLevel) => void;
};

/** Who mentors a person now, one tag per level. */
function MentorTags({ gap }: { gap: TMentoringGap }) {
  const { t } = useTranslation();
  if (gap.mentors.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {gap.mentors.map((m) => (
        <Tag key={m.pairId} color="green">
          {t('mentoring.mentorOf', { level: t(`mentoring.levels.${m.level}`), name: m.mentorName })}
        </Tag>
      ))}
    </Space>
  );
}

/** The missing levels: a button to pair at each the caller may, a tag for the others. */
function MissingLevels({
  gap,
  assignable,
  onAssign,
}: Omit<Props, 'gaps' | 'loading'> & { gap: TMentoringGap }) {
  const { t } = useTranslation();
  const mine = assignable(gap);
  return (
    <Space size={[4, 4]} wrap>
      {gap.missingLevels.map((level) => {
        const label = t(`mentoring.levels.${level}`);
        return mine.includes(level) ? (
          <Button
            key={level}
            size="small"
            icon={<PlusOutlined />}
            aria-label={`${t('mentoring.assignLevel', { level: label })}：${gap.name}`}
            onClick={() => onAssign(gap, level)}
          >
            {t('mentoring.assignLevel', { level: label })}
          </Button>
        ) : (
          <Tag key={level} color="orange">
            {label}
          </Tag>
        );
      })}
    </Space>
  );
}

/** 缺口: eligible people without all three mentors, by village and name (never ranked). */
export function GapList(props: Props) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const empty = <Empty description={t('mentoring.emptyGaps')} />;
  if (isMobile) {
    if (!props.loading && props.gaps.length === 0) return empty;
    return (
      <ul aria-label={t('mentoring.tabs.gaps', { count: props.gaps.length })} style={LIST_STYLE}>
        {props.gaps.map((gap) => (
          <li key={gap.personId}>
            <Card size="small">
              <Link to={`/cadres/${gap.personId}`}>
                <Typography.Text strong>{gap.name}</Typography.Text>
              </Link>{' '}
              <Typography.Text type="secondary">
                {gap.posting.villageName} · {gap.posting.townshipName}
              </Typography.Text>
              <div style={{ margin: '8px 0' }}>
                <MentorTags gap={gap} />
              </div>
              <MissingLevels gap={gap} assignable={props.assignable} onAssign={props.onAssign} />
            </Card>
          </li>
        ))}
      </ul>
    );
  }
  const columns: TableColumnsType<TMentoringGap> = [
    {
      title: t('mentoring.township'),
      key: 'township',
      width: 110,
      render: (_v, g) => g.posting.townshipName,
    },
    { title: t('mentoring.village'), key: 'village', width: 150, render: (_v, g) => g.posting.villageName },
    {
      title: t('mentoring.name'),
      key: 'name',
      width: 100,
      render: (_v, g) => <Link to={`/cadres/${g.personId}`}>{g.name}</Link>,
    },
    {
      title: t('mentoring.category'),
      key: 'category',
      width: 170,
      render: (_v, g) => t(`registry.categories.${g.posting.category}`),
    },
    { title: t('mentoring.mentors'), key: 'mentors', render: (_v, g) => <MentorTags gap={g} /> },
    {
      title: t('mentoring.missing'),
      key: 'missing',
      width: 330,
      render: (_v, g) => <MissingLevels gap={g} assignable={props.assignable} onAssign={props.onAssign} />,
    },
  ];
  return (
    <Table<TMentoringGap>
      rowKey="personId"
      size="middle"
      columns={columns}
      dataSource={[...props.gaps]}
      loading={props.loading}
      scroll={{ x: 1000 }}
      locale={{ emptyText: empty }}
      pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
    />
  );
}
