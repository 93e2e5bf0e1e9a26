import { CADRE_CATEGORIES, MEETING_KINDS, type TCadreCategory, type TMeetingKind } from '@zhucun/core';
import { Alert, Button, Card, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, errorMessage } from '../../api/client.ts';
import { useScheduleMeeting } from '../../api/meetings.ts';
import { useTaskAssignable } from '../../api/tasks.ts';
import { splitFieldErrors } from '../../lib/form-errors.ts';

type TValues = {
  kind: TMeetingKind;
  title: string;
  startsAt: string;
  durationMinutes: number;
  videoUrl: string;
  townships?: string[];
  categories?: TCadreCategory[];
  personIds?: number[];
};

const FIELDS = ['kind', 'title', 'startsAt', 'durationMinutes', 'videoUrl', 'invitees'];

/** `/meetings/new`: schedule a meeting or roll call at one's own level, invitees by township, category or name. */
export function MeetingFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<TValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const assignable = useTaskAssignable(true);
  const schedule = useScheduleMeeting();
  const data = assignable.data;
  const townships =
    data?.level === 'county'
      ? data.townships
      : data
        ? [{ code: data.assignerCode, name: data.assignerName }]
        : [];

  const finish = (v: TValues) => {
    if (!data) return;
    setBanner(null);
    schedule.mutate(
      {
        kind: v.kind,
        title: v.title,
        divisionCode: data.assignerCode,
        startsAt: v.startsAt,
        durationMinutes: v.durationMinutes,
        videoUrl: v.videoUrl,
        invitees: {
          townships: v.townships ?? [],
          categories: v.categories ?? [],
          personIds: v.personIds ?? [],
        },
      },
      {
        onSuccess: (view) => navigate(`/meetings/${view.id}`),
        onError: (error) => {
          if (!(error instanceof ApiError) || error.details.length === 0)
            return setBanner(errorMessage(error));
          const split = splitFieldErrors(error.details, FIELDS);
          form.setFields(
            split.fields.map((f) => ({
              name: (f.name[0] === 'invitees' ? (f.name[1] ?? 'townships') : f.name[0]) as keyof TValues,
              errors: f.errors,
            })),
          );
          setBanner(split.rest.length ? split.rest.join('；') : null);
        },
      },
    );
  };

  return (
    <Card style={{ maxWidth: 760 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('meetings.form.title')}
        {data && (
          <Typography.Text type="secondary" style={{ fontSize: 14, marginLeft: 12 }}>
            {t('meetings.form.division')}：{data.assignerName}
          </Typography.Text>
        )}
      </Typography.Title>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form<TValues>
        form={form}
        name="meeting-schedule"
        layout="vertical"
        initialValues={{ kind: 'roll_call', durationMinutes: 30 }}
        onFinish={finish}
      >
        <Form.Item name="kind" label={t('meetings.form.kind')}>
          <Radio.Group
            optionType="button"
            options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('meetings.form.name')} rules={[{ required: true, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Space wrap size={16}>
          <Form.Item name="startsAt" label={t('meetings.form.startsAt')} rules={[{ required: true }]}>
            <Input type="datetime-local" style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="durationMinutes" label={t('meetings.form.duration')} rules={[{ required: true }]}>
            <InputNumber min={5} max={720} step={5} style={{ width: 140 }} />
          </Form.Item>
        </Space>
        <Form.Item
          name="videoUrl"
          label={t('meetings.form.videoUrl')}
          extra={t('meetings.form.videoUrlHint')}
          rules={[{ required: true, pattern: /^https?:\/\/\S+$/i, message: t('meetings.form.videoUrlHint') }]}
        >
          <Input maxLength={500} placeholder="https://" />
        </Form.Item>
        <Typography.Text strong>{t('meetings.form.invitees')}</Typography.Text>
        <Typography.Paragraph type="secondary">{t('meetings.form.inviteesHint')}</Typography.Paragraph>
        <Form.Item name="townships" label={t('meetings.form.townships')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={townships.map((d) => ({ value: d.code, label: d.name }))}
          />
        </Form.Item>
        <Form.Item name="categories" label={t('meetings.form.categories')}>
          <Select
            mode="multiple"
            options={CADRE_CATEGORIES.map((c) => ({ value: c, label: t(`registry.categories.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="personIds" label={t('meetings.form.persons')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            placeholder={t('meetings.form.personsPlaceholder')}
            options={(data?.cadres ?? []).map((c) => ({
              value: c.personId,
              label: `${c.name}（${c.villageName}）`,
            }))}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={schedule.isPending} disabled={!data}>
            {t('meetings.form.submit')}
          </Button>
          <Button onClick={() => navigate('/meetings')}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
