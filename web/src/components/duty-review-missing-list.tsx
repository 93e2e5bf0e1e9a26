import type { TMissingDays } from '@zhucun/core';
import { Alert, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Who recorded nothing for a working day, by village and name: a reminder list, not a notice; a rest day lists nobody. */
export function DutyReviewMissingList({
  missing,
  loading,
}: {
  missing: TMissingDays | undefined;
  loading: boolean;
}) {
  const { t } = useTranslation();
  if (!missing) return null;
  if (missing.restDay)
    return <Empty description={t('dutyReview.compliance.missingRestDay', { date: missing.date })} />;
  if (missing.items.length === 0)
    return <Empty description={t('dutyReview.compliance.missingEmpty', { date: missing.date })} />;
  return (
    <>
      <Alert
        type="info"
        showIcon
        title={t('dutyReview.compliance.missingHint', { date: missing.date })}
        style={{ marginBottom: 12 }}
      />
      <List
        size="small"
        bordered
        loading={loading}
        pagination={missing.items.length > 50 ? { pageSize: 50, align: 'center' } : false}
        dataSource={missing.items}
        renderItem={(c) => (
          <List.Item>
            <span>
              <Typography.Text strong>{c.personName}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {c.villageName} · {t(`registry.categories.${c.category}`)}
              </Typography.Text>
            </span>
          </List.Item>
        )}
      />
    </>
  );
}
