import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { ratingStageReached } from '@zhucun/core';
import { Alert, App, Button, Card, Empty, Form, InputNumber, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { useRatingCycle, useRatingCycleActions, useRatingCycles } from '../../api/rating.ts';
import { ratingNoticeDocxUrl, ratingResultsXlsxUrl } from '../../api/rating-follow.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { applyApiError } from '../../lib/form-rules.ts';
import { changedParams } from '../../lib/search-params.ts';
import { RatingCycleCard } from './rating-cycle-card.tsx';
import { RatingDistributionCard } from './rating-distribution-card.tsx';
import { RatingResultsCard } from './rating-results-card.tsx';
import { RatingSettingsCard } from './rating-settings-card.tsx';

/** The county's 开启 dialog: the year (the current one or before). */
function OpenCycleModal({
  open,
  year,
  onClose,
}: {
  open: boolean;
  year: number;
  onClose: (opened?: number) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ year: number }>();
  const [banner, setBanner] = useState<string | null>(null);
  const create = useRatingCycleActions().open;
  return (
    <FormModal<{ year: number }>
      open={open}
      name="rating-open"
      title={t('rating.page.open')}
      okText={t('rating.page.open')}
      form={form}
      pending={create.isPending}
      banner={banner}
      initialValues={{ year }}
      onFinish={(v) =>
        create
          .mutateAsync(v.year)
          .then((c) => onClose(c.year))
          .catch((e: unknown) => setBanner(applyApiError(form, e, ['year'])))
      }
      onClose={() => onClose()}
      onAfterClose={() => setBanner(null)}
    >
      <Typography.Paragraph type="secondary">{t('rating.page.openHint')}</Typography.Paragraph>
      <Form.Item name="year" label={t('rating.page.year')} rules={[{ required: true }]}>
        <InputNumber min={2000} max={year} style={{ width: 140 }} />
      </Form.Item>
    </FormModal>
  );
}

/**
 * `/rating`: the year's star rating (星级评定) at 1366 px: the procedure with its dates and steps, the
 * settings while editable, the distribution by grade, and the results by village and name.
 */
export function RatingPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [opening, setOpening] = useState(false);
  const canManage = useSession().data?.user.permissions.includes('rating:manage') ?? false;
  const cycles = useRatingCycles();
  const year = Number(params.get('year')) || cycles.data?.items[0]?.year;
  const chosen = cycles.data?.items.find((c) => c.year === year);
  const cycle = useRatingCycle(chosen?.id);
  if (cycles.isError) return <LoadError error={cycles.error} onRetry={() => void cycles.refetch()} />;
  if (!cycles.data) return <PageSpinner />;
  const list = cycles.data;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between' }}>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('rating.page.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('rating.page.hint')}</Typography.Text>
          </div>
          <Space wrap>
            {list.items.length > 0 && (
              <Select
                aria-label={t('rating.page.year')}
                value={chosen?.year}
                onChange={(v) => setParams(changedParams(new URLSearchParams(), { year: String(v) }))}
                options={list.items.map((c) => ({
                  value: c.year,
                  label: t('rating.page.yearOption', { year: c.year, stage: t(`rating.stages.${c.stage}`) }),
                }))}
                style={{ width: 250 }}
              />
            )}
            <Link to="/rating/notice">
              <Button>{t('rating.page.notice')}</Button>
            </Link>
            {chosen && ratingStageReached(chosen.stage, 'computed') && (
              <Button icon={<DownloadOutlined />} href={ratingResultsXlsxUrl(chosen.id)} download>
                {t('ratingFollow.priority.exportResults')}
              </Button>
            )}
            {chosen && ratingStageReached(chosen.stage, 'notice') && (
              <Button icon={<DownloadOutlined />} href={ratingNoticeDocxUrl(chosen.id)} download>
                {t('ratingFollow.priority.exportNotice')}
              </Button>
            )}
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
                {t('rating.page.open')}
              </Button>
            )}
          </Space>
        </div>
      </Card>
      {list.items.length === 0 && (
        <Card>
          <Empty description={t('rating.page.none')} />
        </Card>
      )}
      {cycle.isError && <Alert type="error" showIcon title={t('errors.loadFailed')} />}
      {cycle.data && (
        <>
          <RatingCycleCard cycle={cycle.data} />
          <RatingSettingsCard cycle={cycle.data} />
          {cycle.data.counts.results > 0 && <RatingDistributionCard cycleId={cycle.data.id} />}
          <RatingResultsCard cycleId={cycle.data.id} />
        </>
      )}
      <OpenCycleModal
        open={opening}
        year={list.currentYear}
        onClose={(opened) => {
          setOpening(false);
          if (!opened) return;
          void message.success(t('rating.page.opened', { year: opened }));
          setParams(changedParams(new URLSearchParams(), { year: String(opened) }));
        }}
      />
    </Space>
  );
}
