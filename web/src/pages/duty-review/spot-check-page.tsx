import { ThunderboltOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth.ts';
import { useSpotChecks } from '../../api/spot-checks.ts';
import { DutyReviewFilters } from '../../components/duty-review-filters.tsx';
import { DutyReviewSpotCheckList } from '../../components/duty-review-spot-check-list.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import type { TPicked } from './cadre-picker.tsx';
import { SpotCheckDraw } from './spot-check-draw.tsx';
import { SpotCheckForm, type TSpotCheckValues } from './spot-check-form.tsx';
import { useDivisionOptions } from './use-division-options.ts';

/** `/duty/spot-checks`: record a spot check (or draw whom to check), and the checks in scope. */
export function SpotCheckPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const permissions = useSession().data?.user.permissions ?? [];
  const canRecord = permissions.includes('duty:review');
  const [filter, setFilter] = useState<{ township?: string; from?: string; to?: string }>({});
  const checks = useSpotChecks(filter);
  const { townships } = useDivisionOptions(filter.township);
  const [form] = Form.useForm<TSpotCheckValues>();
  const [drawing, setDrawing] = useState(false);
  const [known, setKnown] = useState<TPicked[]>([]);
  const pad = { body: { padding: isMobile ? 12 : 24 } };

  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('dutyReview.spotChecks.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('dutyReview.spotChecks.hint')}</Typography.Text>
      </div>
      {canRecord && (
        <Card
          title={t('dutyReview.spotChecks.record')}
          extra={
            <Button icon={<ThunderboltOutlined />} onClick={() => setDrawing(true)}>
              {t('dutyReview.spotChecks.draw')}
            </Button>
          }
          styles={pad}
          style={{ marginBottom: 16 }}
        >
          <SpotCheckForm form={form} known={known} />
        </Card>
      )}
      <Card title={t('dutyReview.spotChecks.list')} styles={pad}>
        <DutyReviewFilters
          filter={filter}
          townships={townships}
          villages={[]}
          noVillage
          dates
          onChange={(c) => setFilter((f) => ({ ...f, ...c }))}
        />
        {checks.isError ? (
          <LoadError error={checks.error} onRetry={() => void checks.refetch()} />
        ) : (
          <DutyReviewSpotCheckList
            checks={checks.data?.items ?? []}
            loading={checks.isFetching}
            empty={<Empty description={t('dutyReview.spotChecks.empty')} />}
          />
        )}
      </Card>
      {canRecord && (
        <SpotCheckDraw
          open={drawing}
          townships={townships}
          onClose={() => setDrawing(false)}
          onPick={(c) => {
            setKnown((k) => [...k, { value: c.personId, label: `${c.personName}（${c.villageName}）` }]);
            form.setFieldValue('personId', c.personId);
            setDrawing(false);
          }}
        />
      )}
    </>
  );
}
