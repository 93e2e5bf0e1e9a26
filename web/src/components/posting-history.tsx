import type { TPosting } from '@zhucun/core';
import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TermOverdueTag } from './cadre-tags.tsx';

type Props = {
  postings: readonly TPosting[];
  /** Actions for the active posting (结束任职), for those who may write. */
  activeActions?: ReactNode;
  /** Link the active posting's village to its page (only for those who may read the registry). */
  linkVillage?: boolean;
  /** Days the active posting has run past its planned end (任期已满), from the profile's flags. */
  overdueDays?: number | null;
};

/** The posting history, newest first; the active posting's village links to its page. */
export function PostingHistory({ postings, activeActions, linkVillage = true, overdueDays = null }: Props) {
  const { t } = useTranslation();
  if (postings.length === 0) return <Empty description={t('cadre.noPostings')} />;
  const items = postings.map((p) => {
    const active = p.actualEndDate === null;
    return {
      key: p.id,
      color: active ? (overdueDays !== null ? 'red' : 'green') : 'gray',
      content: (
        <div>
          <Space wrap size={[8, 4]}>
            <Typography.Text strong>{t(`registry.categories.${p.category}`)}</Typography.Text>
            {active && overdueDays !== null ? (
              <TermOverdueTag days={overdueDays} />
            ) : (
              <Tag color={active ? 'green' : 'default'}>{active ? t('cadre.active') : t('cadre.ended')}</Tag>
            )}
            {p.isTeamLeader && <Tag color="blue">{t('cadre.teamLeader')}</Tag>}
          </Space>
          <div>
            {active && linkVillage ? (
              <Link to={`/villages/${p.villageCode}`}>{p.villageName}</Link>
            ) : (
              p.villageName
            )}{' '}
            · {p.townshipName} · {p.postTitle}
          </div>
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {[
              p.unitName,
              t('cadre.period', {
                start: p.startDate,
                end: p.actualEndDate ?? p.plannedEndDate ?? t('cadre.open'),
              }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
          {!active && p.endReason && (
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {t('cadre.endedBecause', {
                date: p.actualEndDate,
                reason: t(`registry.endReasons.${p.endReason}`),
              })}
              {p.endNote ? `（${p.endNote}）` : ''}
            </Typography.Text>
          )}
          {active && activeActions && <div style={{ marginTop: 6 }}>{activeActions}</div>}
        </div>
      ),
    };
  });
  return <Timeline items={items} />;
}
