import { CHINA_EXTENT } from '@zhucun/core';
import { Alert, App, Button, Card, Flex, Form, InputNumber, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth.ts';
import { ApiError, errorMessage } from '../../api/client.ts';
import { useDivision, useSetDivisionPoint } from '../../api/divisions.ts';
import { splitFieldErrors } from '../../lib/form-errors.ts';

type TValues = { lng: number | null; lat: number | null };

/**
 * 地图位置 of a village: what the county entered (read by everyone who reads the village), and for the
 * county a form to set or clear it. The location is never guessed: an empty one is said to be empty.
 */
export function VillagePointCard({ villageCode }: { villageCode: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canWrite = useSession().data?.user.permissions.includes('divisions:write') ?? false;
  const division = useDivision(villageCode);
  const save = useSetDivisionPoint(villageCode);
  const [form] = Form.useForm<TValues>();
  const point = division.data?.point ?? null;
  useEffect(() => {
    form.setFieldsValue({ lng: point?.lng ?? null, lat: point?.lat ?? null });
  }, [form, point?.lng, point?.lat]);
  if (!division.data || (!canWrite && !point)) return null;

  const submit = (values: TValues) => {
    const missing = (['lng', 'lat'] as const).filter(
      (axis) => values[axis] === null || values[axis] === undefined,
    );
    if (missing.length === 1) {
      form.setFields([{ name: missing[0]!, errors: [t('village.point.both')] }]);
      return;
    }
    const next =
      values.lng === null || values.lng === undefined ? null : { lng: values.lng, lat: values.lat ?? 0 };
    save.mutate(next, {
      onSuccess: () => void message.success(t(next ? 'village.point.saved' : 'village.point.cleared')),
      onError: (error) => {
        if (!(error instanceof ApiError)) return void message.error(errorMessage(error));
        const split = splitFieldErrors(
          error.details.map((d) => ({ ...d, field: d.field.replace(/^point\./, '') })),
          ['lng', 'lat'],
        );
        form.setFields(split.fields.map((f) => ({ name: f.name[0] as keyof TValues, errors: f.errors })));
        if (split.rest.length || !split.fields.length) void message.error(split.rest[0] ?? error.message);
      },
    });
  };
  const number = (axis: 'lng' | 'lat') => (
    <Form.Item name={axis} label={t(`village.point.${axis}`)}>
      <InputNumber
        min={CHINA_EXTENT[axis][0]}
        max={CHINA_EXTENT[axis][1]}
        step={0.0001}
        precision={6}
        style={{ width: 160 }}
        disabled={!canWrite}
      />
    </Form.Item>
  );
  return (
    <Card size="small" title={t('village.point.title')} style={{ marginBottom: 16 }}>
      {!point && (
        <Alert type="info" showIcon message={t('village.point.none')} style={{ marginBottom: 12 }} />
      )}
      <Form<TValues> form={form} layout="inline" onFinish={submit} requiredMark={false}>
        {number('lng')}
        {number('lat')}
        {canWrite && (
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('village.point.save')}
            </Button>
            {point && (
              <Button onClick={() => submit({ lng: null, lat: null })} disabled={save.isPending}>
                {t('village.point.clear')}
              </Button>
            )}
          </Flex>
        )}
      </Form>
      {canWrite && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('village.point.hint')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
