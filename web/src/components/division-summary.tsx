import type { TDivisionTree } from '@zhucun/core';
import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';

/** The counts row above the tree: townships, villages, communities and their sum. */
export function DivisionSummary({ totals }: { totals: TDivisionTree['totals'] }) {
  const { t } = useTranslation();
  const cells = [
    { key: 'townships', label: t('divisions.townships'), value: totals.townships },
    { key: 'villages', label: t('divisions.villages'), value: totals.villages },
    { key: 'communities', label: t('divisions.communities'), value: totals.communities },
    { key: 'total', label: t('divisions.total'), value: totals.villages + totals.communities },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {cells.map((cell) => (
        <Col key={cell.key} xs={12} sm={12} md={6}>
          <section aria-label={cell.label}>
            <Card size="small" variant="borderless">
              <Statistic title={cell.label} value={cell.value} />
            </Card>
          </section>
        </Col>
      ))}
    </Row>
  );
}
