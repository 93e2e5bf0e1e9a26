import { DownloadOutlined } from '@ant-design/icons';
import type { TSpotCheckItem } from '@zhucun/core';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExcusedBy, findingLabel } from './duty-review-spot-check-list.tsx';

type Props = { year: string; bookUrl: string; checks: readonly TSpotCheckItem[] };

/** The cadre's own book to download, and the spot checks of them (a mismatch is shown to both sides). It does not fetch. */
export function DutyMyRecords({ year, bookUrl, checks }: Props) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('duty.records.title')} style={{ marginTop: 16 }}>
      <Button icon={<DownloadOutlined />} href={bookUrl} block style={{ marginBottom: 12 }}>
        {t('duty.records.book', { year })}
      </Button>
      <Typography.Text strong>{t('duty.records.checks')}</Typography.Text>
      {checks.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duty.records.noChecks')} />
      ) : (
        <List
          size="small"
          dataSource={[...checks]}
          renderItem={(c) => (
            <List.Item>
              <Space wrap size={4}>
                <span>{c.localTime}</span>
                <Tag>{t(`dutyReview.spotChecks.methods.${c.method}`)}</Tag>
                <Tag color={c.finding === 'absent' ? 'red' : c.finding === 'present' ? 'green' : 'default'}>
                  {findingLabel(c, t)}
                </Tag>
                {c.discrepancy && <Tag color="red">{t('dutyReview.spotChecks.discrepancy')}</Tag>}
                <ExcusedBy c={c} />
                {c.answer && (
                  <Typography.Text type="secondary" style={{ display: 'block', whiteSpace: 'pre-wrap' }}>
                    {t('duty.records.myAnswer', { text: c.answer.text })}
                  </Typography.Text>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
