import type { TDutyListPost, TDutyListVersion } from '@zhucun/core';
import { Collapse, Drawer, Empty, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useDutyListHistory } from '../../api/duty-lists.ts';
import { DutyListText } from '../../components/duty-list-text.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';

/** A post's published versions, newest first: which is in force, which waits, which were replaced. */
export function DutyListHistoryDrawer({
  category,
  onClose,
}: {
  category: TDutyListPost | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const history = useDutyListHistory(category);
  const data = history.data;
  const stateOf = (v: TDutyListVersion) => {
    if (v.id === data?.inForceId) return <Tag color="green">{t('dutyLists.inForceTag')}</Tag>;
    const inForce = data?.versions.find((x) => x.id === data.inForceId);
    if (!inForce || (v.versionNo ?? 0) > (inForce.versionNo ?? 0))
      return <Tag color="blue">{t('dutyLists.scheduledTag')}</Tag>;
    return <Tag>{t('dutyLists.supersededTag')}</Tag>;
  };
  const body = () => {
    if (history.isError) return <LoadError error={history.error} onRetry={() => void history.refetch()} />;
    if (!data) return <PageSpinner />;
    if (data.versions.length === 0) return <Empty description={t('dutyLists.historyEmpty')} />;
    return (
      <Collapse
        defaultActiveKey={data.inForceId ? [String(data.inForceId)] : []}
        items={data.versions.map((v) => ({
          key: String(v.id),
          label: (
            <Space size={6} wrap>
              <Typography.Text strong>{t('dutyLists.versionNo', { no: v.versionNo })}</Typography.Text>
              <span>{t('dutyLists.since', { date: v.effectiveFrom })}</span>
              {stateOf(v)}
            </Space>
          ),
          children: (
            <>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                {[
                  v.publishedAt
                    ? t('dutyLists.publishedAt', { time: dayjs(v.publishedAt).format('YYYY-MM-DD HH:mm') })
                    : null,
                  v.note,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Paragraph>
              <DutyListText items={v.items} />
            </>
          ),
        }))}
      />
    );
  };
  return (
    <Drawer
      open={category !== null}
      onClose={onClose}
      width={isMobile ? '100%' : 640}
      title={category ? t('dutyLists.historyTitle', { post: t(`dutyLists.posts.${category}`) }) : ''}
    >
      {category !== null && body()}
    </Drawer>
  );
}
