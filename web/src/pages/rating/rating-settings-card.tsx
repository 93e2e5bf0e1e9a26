import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  AWARD_LEVELS,
  QUANTITATIVE_INDICATORS,
  RATING_PARTS,
  type TRatingCycle,
  type TRatingCycleSettings,
} from '@zhucun/core';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Row,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRatingCycleActions } from '../../api/rating.ts';
import { DateField } from '../../components/date-field.tsx';
import { applyApiError } from '../../lib/form-rules.ts';

type TForm = Omit<TRatingCycleSettings, 'excellentShare'> & { excellentPercent: number };

const toForm = (s: TRatingCycleSettings): TForm => ({
  ...s,
  excellentPercent: Math.round(s.excellentShare * 1000) / 10,
});
const fromForm = ({ excellentPercent, ...rest }: TForm): TRatingCycleSettings => ({
  ...rest,
  excellentShare: excellentPercent / 100,
  criteria: rest.criteria.map((c, i) => ({ ...c, code: c.code || `c${i + 1}_${Date.now() % 100000}` })),
});

/** A number box of a form, its label above. */
function NumberItem({
  name,
  label,
  max = 100,
  step = 1,
}: {
  name: (string | number)[];
  label: string;
  max?: number;
  step?: number;
}) {
  return (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      <InputNumber min={0} max={max} step={step} style={{ width: '100%' }} />
    </Form.Item>
  );
}

/** The settings as read-only lines (the rule version a cycle is rated by). */
export function RatingSettingsView({ settings }: { settings: TRatingCycleSettings }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
      <Descriptions.Item label={t('rating.settings.weights')}>
        {RATING_PARTS.map((p) => `${t(`rating.parts.${p}`)} ${settings.weights[p]}`).join(' · ')}
      </Descriptions.Item>
      <Descriptions.Item label={t('rating.settings.thresholds')}>
        {t('rating.settings.thresholdsValue', settings.thresholds)}
      </Descriptions.Item>
      <Descriptions.Item label={t('rating.settings.excellentShare')}>
        {`${Math.round(settings.excellentShare * 1000) / 10}%`}
      </Descriptions.Item>
      <Descriptions.Item label={t('rating.settings.awardStars')}>
        {AWARD_LEVELS.map((l) => `${t(`rating.awardLevels.${l}`)} +${settings.awardStars[l]}`).join(' · ')}
      </Descriptions.Item>
      <Descriptions.Item label={t('rating.settings.minSurveySample')}>
        {settings.minSurveySample}
      </Descriptions.Item>
      <Descriptions.Item label={t('rating.settings.admonishmentMonths')}>
        {settings.admonishmentMonths}
      </Descriptions.Item>
      <Descriptions.Item label={t('rating.settings.recordsFrom')} span={2}>
        {settings.recordsFrom ?? t('rating.settings.wholeYear')}
      </Descriptions.Item>
      <Descriptions.Item label={t('rating.settings.indicatorWeights')} span={2}>
        {QUANTITATIVE_INDICATORS.map(
          (i) => `${t(`rating.indicators.${i}`)} ${settings.indicatorWeights[i]}`,
        ).join(' · ')}
      </Descriptions.Item>
      <Descriptions.Item label={t('rating.settings.criteria')} span={2}>
        {settings.criteria.map((c) => `${c.label} ${c.weight}`).join(' · ')}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** The cycle's settings: a form while the county may change them (before the totals), else read-only. */
export function RatingSettingsCard({ cycle }: { cycle: TRatingCycle }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TForm>();
  const [banner, setBanner] = useState<string | null>(null);
  const save = useRatingCycleActions().settings;
  const editable = cycle.editable && cycle.mayManage;
  return (
    <Card
      title={t('rating.settings.title')}
      extra={
        <Typography.Text type="secondary">
          {editable ? t('rating.settings.editable') : t('rating.settings.frozen')}
        </Typography.Text>
      }
    >
      {!editable ? (
        <RatingSettingsView settings={cycle.settings} />
      ) : (
        <Form<TForm>
          form={form}
          name="rating-settings"
          layout="vertical"
          initialValues={toForm(cycle.settings)}
          onFinish={(values) =>
            save
              .mutateAsync({ id: cycle.id, settings: fromForm(values) })
              .then(() => {
                setBanner(null);
                void message.success(t('rating.settings.saved'));
              })
              .catch((e: unknown) => setBanner(applyApiError(form, e, [])))
          }
        >
          {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('rating.settings.main')}
          </Typography.Title>
          <Row gutter={12}>
            {RATING_PARTS.map((p) => (
              <Col key={p} xs={24} md={4}>
                <NumberItem name={['weights', p]} label={t(`rating.parts.${p}`)} />
              </Col>
            ))}
            <Col xs={24} md={4}>
              <NumberItem name={['thresholds', 'excellent']} label={t('rating.settings.excellentFrom')} />
            </Col>
            <Col xs={24} md={4}>
              <NumberItem name={['thresholds', 'competent']} label={t('rating.settings.competentFrom')} />
            </Col>
            <Col xs={24} md={4}>
              <NumberItem
                name={['thresholds', 'basicallyCompetent']}
                label={t('rating.settings.basicallyFrom')}
              />
            </Col>
            <Col xs={24} md={4}>
              <NumberItem
                name={['excellentPercent']}
                label={t('rating.settings.excellentPercent')}
                step={0.5}
              />
            </Col>
            {AWARD_LEVELS.map((l) => (
              <Col key={l} xs={24} md={4}>
                <NumberItem name={['awardStars', l]} label={t(`rating.settings.awardStarsOf.${l}`)} max={5} />
              </Col>
            ))}
            <Col xs={24} md={4}>
              <NumberItem
                name={['minSurveySample']}
                label={t('rating.settings.minSurveySample')}
                max={1000}
              />
            </Col>
            <Col xs={24} md={4}>
              <NumberItem
                name={['admonishmentMonths']}
                label={t('rating.settings.admonishmentMonths')}
                max={60}
              />
            </Col>
            <Col xs={24} md={8}>
              <DateField
                name={['recordsFrom']}
                label={t('rating.settings.recordsFrom')}
                extra={t('rating.settings.recordsFromHint')}
                placeholder={t('rating.settings.wholeYear')}
                rules={[
                  {
                    validator: async (_r, value: string | null | undefined) => {
                      if (value && !value.startsWith(`${cycle.year}-`))
                        throw new Error(t('rating.settings.recordsFromYear', { year: cycle.year }));
                    },
                  },
                ]}
              />
            </Col>
          </Row>
          <Typography.Title level={5}>{t('rating.settings.indicatorWeights')}</Typography.Title>
          <Row gutter={12}>
            {QUANTITATIVE_INDICATORS.map((i) => (
              <Col key={i} xs={24} md={6}>
                <NumberItem name={['indicatorWeights', i]} label={t(`rating.indicators.${i}`)} />
              </Col>
            ))}
          </Row>
          <Typography.Title level={5}>{t('rating.settings.criteria')}</Typography.Title>
          <Form.List name="criteria">
            {(fields, { add, remove }) => (
              <Space wrap align="start">
                {fields.map((f) => (
                  <Space key={f.key} align="baseline">
                    <Form.Item name={[f.name, 'code']} hidden>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[f.name, 'label']} rules={[{ required: true, max: 20 }]}>
                      <Input aria-label={t('rating.settings.criterionLabel')} style={{ width: 90 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'weight']} rules={[{ required: true }]}>
                      <InputNumber
                        aria-label={t('rating.settings.criterionWeight')}
                        min={1}
                        max={100}
                        style={{ width: 70 }}
                      />
                    </Form.Item>
                    <MinusCircleOutlined
                      aria-label={t('rating.settings.removeCriterion')}
                      onClick={() => remove(f.name)}
                    />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ code: '', label: '', weight: 10 })}>
                  {t('rating.settings.addCriterion')}
                </Button>
              </Space>
            )}
          </Form.List>
          <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 12 }}>
            {t('rating.settings.save')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
