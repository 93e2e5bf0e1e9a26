import { Col, Flex, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { useDivisionTree } from '../../api/divisions.ts';
import { changedParams } from '../../lib/search-params.ts';
import { DASHBOARD_PANELS } from './dashboard-panels.tsx';
import { VillageMapPanel } from './village-map-panel.tsx';

/**
 * The county's picture on the staff's home page: the panels the account may read, for its division or a
 * township of it chosen above (?division=, kept in the URL so a figure's list and Back return here).
 */
export function DashboardSection() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const permissions = useSession().data?.user.permissions ?? [];
  const tree = useDivisionTree();
  const root = tree.data?.roots.length === 1 ? tree.data.roots[0] : undefined;
  const townships = root?.level === 'county' ? root.children : [];
  const division = params.get('division') ?? undefined;
  const panels = DASHBOARD_PANELS.filter((p) => permissions.includes(p.permission as never));
  if (!panels.length) return null;
  return (
    <section aria-label={t('dashboard.title')}>
      <Flex className="zc-page-head" wrap gap={12} align="center" justify="space-between">
        <div>
          <Typography.Title level={3} style={{ marginBottom: 0 }}>
            {t('dashboard.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('dashboard.intro')}</Typography.Text>
        </div>
        {townships.length > 0 && (
          <Select<string>
            aria-label={t('dashboard.division')}
            style={{ width: 200 }}
            value={division ?? ''}
            options={[
              { value: '', label: t('dashboard.wholeCounty') },
              ...townships.map((c) => ({ value: c.code, label: c.name })),
            ]}
            onChange={(v) => setParams(changedParams(params, { division: v || undefined }))}
          />
        )}
      </Flex>
      <Row gutter={[16, 16]}>
        {panels.map(({ permission, Panel }) => (
          <Col key={permission} xs={24} xl={12}>
            <Panel division={division} />
          </Col>
        ))}
        <Col xs={24}>
          <VillageMapPanel division={division} />
        </Col>
      </Row>
    </section>
  );
}
