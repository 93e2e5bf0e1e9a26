import {
  RECTIFICATION_LIMITS,
  RECTIFICATION_SOURCES,
  type TRectificationCreate,
  type TRectificationLevel,
} from '@zhucun/core';
import { Alert, App, Button, Card, Form, Input, Radio, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { useDivisionTree } from '../../api/divisions.ts';
import { useCreateRectification } from '../../api/rectification.ts';
import { DateField } from '../../components/date-field.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { filterChoices } from '../../lib/division-options.ts';
import { applyApiError } from '../../lib/form-rules.ts';
import { MeasureFields, OwnerFields } from './rectification-list-fields.tsx';

type TValues = Omit<TRectificationCreate, 'divisionCode'> & { township?: string; village?: string };

/** `/rectification/new`: the county registers a problem at any level, a township one of its own. */
export function RectificationFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const [form] = Form.useForm<TValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const create = useCreateRectification();
  const permissions = useSession().data?.user.permissions ?? [];
  const tree = useDivisionTree(permissions.includes('divisions:read'));
  const county = tree.data?.roots.find((r) => r.level === 'county')?.code;
  const level = (Form.useWatch('level', form) ?? 'village') as TRectificationLevel;
  const township = Form.useWatch('township', form) as string | undefined;
  const choices = useMemo(() => filterChoices(tree.data?.roots ?? [], township), [tree.data, township]);
  const levels: TRectificationLevel[] = county ? ['village', 'township', 'county'] : ['village', 'township'];

  const finish = ({ township: tw, village, ...v }: TValues) => {
    setBanner(null);
    const divisionCode =
      (level === 'county' ? county : level === 'township' ? (tw ?? choices.township) : village) ?? '';
    create
      .mutateAsync({ ...v, divisionCode })
      .then((view) => {
        message.success(t('rectification.form.created'));
        void navigate(`/rectification/${view.id}`);
      })
      .catch((error: unknown) =>
        setBanner(
          applyApiError(form, error, [
            'source',
            'sourceRef',
            'problem',
            'level',
            'deadline',
            'evidenceRequired',
          ]),
        ),
      );
  };

  return (
    <>
      <Typography.Title level={3}>{t('rectification.form.title')}</Typography.Title>
      <Card styles={{ body: { padding: isMobile ? 12 : 24, maxWidth: 900 } }}>
        <Form<TValues>
          form={form}
          layout="vertical"
          name="rectification-create"
          initialValues={{
            source: 'national_assessment',
            level: 'village',
            measures: [{ text: '' }],
            owners: [
              { role: 'unit', name: '' },
              { role: 'person', name: '' },
            ],
          }}
          onFinish={finish}
        >
          {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
          <div style={{ display: 'grid', gridTemplateColumns: isMobile ? '1fr' : '200px 1fr', gap: 12 }}>
            <Form.Item name="source" label={t('rectification.form.source')} rules={[{ required: true }]}>
              <Select
                options={RECTIFICATION_SOURCES.filter((s) => s !== 'admonishment').map((s) => ({
                  value: s,
                  label: t(`rectification.sources.${s}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="sourceRef" label={t('rectification.form.sourceRef')}>
              <Input
                maxLength={RECTIFICATION_LIMITS.sourceRef}
                placeholder={t('rectification.form.sourceRefPlaceholder')}
              />
            </Form.Item>
          </div>
          <Form.Item
            name="problem"
            label={t('rectification.form.problem')}
            rules={[{ required: true, whitespace: true, message: t('rectification.form.problemRule') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={RECTIFICATION_LIMITS.problem} />
          </Form.Item>
          <Form.Item name="level" label={t('rectification.form.level')}>
            <Radio.Group
              optionType="button"
              options={levels.map((l) => ({ value: l, label: t(`rectification.levels.${l}`) }))}
            />
          </Form.Item>
          {level !== 'county' && (
            <div style={{ display: 'grid', gridTemplateColumns: isMobile ? '1fr' : '1fr 1fr', gap: 12 }}>
              {choices.townships.length > 1 && (
                <Form.Item
                  name="township"
                  label={t('rectification.form.township')}
                  rules={[{ required: true, message: t('rectification.form.placeRule') }]}
                >
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    options={choices.townships}
                    onChange={() => form.setFieldValue('village', undefined)}
                  />
                </Form.Item>
              )}
              {level === 'village' && (
                <Form.Item
                  name="village"
                  label={t('rectification.form.village')}
                  rules={[{ required: true, message: t('rectification.form.placeRule') }]}
                >
                  <Select showSearch={{ optionFilterProp: 'label' }} options={choices.villages} />
                </Form.Item>
              )}
            </div>
          )}
          <div style={{ display: 'grid', gridTemplateColumns: isMobile ? '1fr' : '220px 1fr', gap: 12 }}>
            <DateField
              name="deadline"
              label={t('rectification.form.deadline')}
              rules={[{ required: true, message: t('rectification.form.deadlineRule') }]}
            />
            <Form.Item name="evidenceRequired" label={t('rectification.form.evidenceRequired')}>
              <Input maxLength={RECTIFICATION_LIMITS.evidenceRequired} />
            </Form.Item>
          </div>
          <Typography.Title level={5}>{t('rectification.form.measures')}</Typography.Title>
          <MeasureFields />
          <Typography.Title level={5}>{t('rectification.form.owners')}</Typography.Title>
          <OwnerFields />
          <div>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('rectification.form.submit')}
            </Button>
          </div>
        </Form>
      </Card>
    </>
  );
}
