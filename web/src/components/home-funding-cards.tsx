import { EnterOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  FundingAmount,
  FundingPurpose,
  type THomeFundingListProps,
  VoucherLink,
} from './home-funding-table.tsx';

/** The ledger on a phone: a small card per entry, corrections indented under the entry they change. */
export function HomeFundingCards({ rows, loading, voucherHref, onCorrect }: THomeFundingListProps) {
  const { t } = useTranslation();
  if (!loading && rows.length === 0) return <Empty description={t('homeFunding.empty')} />;
  return (
    <Spin spinning={loading}>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
        {rows.map((r) => (
          <li key={r.id} style={r.isCorrection ? { marginInlineStart: 16 } : undefined}>
            <Card size="small" styles={{ body: { padding: 10 } }}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <Space size={4}>
                  {r.isCorrection && <EnterOutlined style={{ transform: 'scaleX(-1)' }} />}
                  <Typography.Text type="secondary">{r.date}</Typography.Text>
                  <Tag color={r.direction === 'in' ? 'green' : 'orange'} style={{ marginInlineEnd: 0 }}>
                    {t(`homeFunding.directionShort.${r.direction}`)}
                  </Tag>
                </Space>
                <Typography.Text strong>
                  <FundingAmount row={r} />
                </Typography.Text>
              </div>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t(`homeFunding.sources.${r.source}`)} · {r.createdByName}
              </Typography.Text>
              <div>
                <FundingPurpose row={r} />
              </div>
              {(r.hasVoucher || (onCorrect && !r.isCorrection)) && (
                <Space style={{ marginTop: 4 }}>
                  {r.hasVoucher && <VoucherLink href={voucherHref(r.id)} />}
                  {onCorrect && !r.isCorrection && (
                    <Button size="small" onClick={() => onCorrect(r)}>
                      {t('homeFunding.correct')}
                    </Button>
                  )}
                </Space>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </Spin>
  );
}
