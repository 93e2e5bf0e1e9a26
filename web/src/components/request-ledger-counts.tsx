import type { TLedger } from '@zhucun/core';
import { Card, Col, Progress, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

function Bars({
  title,
  rows,
  total,
}: {
  title: string;
  rows: { label: string; count: number }[];
  total: number;
}) {
  return (
    <Card size="small" title={title}>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={title}>
        {rows.map((r) => (
          <li
            key={r.label}
            style={{ display: 'grid', gridTemplateColumns: '7em 1fr 3em', gap: 8, alignItems: 'center' }}
          >
            <Typography.Text className="zc-ellipsis">{r.label}</Typography.Text>
            <Progress
              percent={total > 0 ? Math.round((r.count / total) * 100) : 0}
              showInfo={false}
              size="small"
              aria-label={`${r.label} ${r.count}`}
            />
            <Typography.Text strong style={{ textAlign: 'end' }}>
              {r.count}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** Counts of the ledger by category and by four-role tag, as plain bars. */
export function RequestLedgerCounts({ ledger }: { ledger: TLedger }) {
  const { t } = useTranslation();
  const byCategory = ledger.byCategory.map((c) => ({
    label: t(`requests.categories.${c.category}`),
    count: c.count,
  }));
  const byRole = ledger.byFourRole.map((r) => ({
    label: r.fourRole ? t(`duty.fourRoles.${r.fourRole}`) : t('requests.ledger.noRole'),
    count: r.count,
  }));
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} md={12}>
        <Bars title={t('requests.ledger.byCategory')} rows={byCategory} total={ledger.total} />
      </Col>
      <Col xs={24} md={12}>
        <Bars title={t('requests.ledger.byFourRole')} rows={byRole} total={ledger.total} />
      </Col>
    </Row>
  );
}
