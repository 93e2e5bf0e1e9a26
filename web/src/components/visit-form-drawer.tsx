import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { isNightVisit, REQUEST_LIMITS, type TVisitCreate } from '@zhucun/core';
import { Alert, Button, Checkbox, Drawer, Form, Input, Space, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RequestFields } from './request-fields.tsx';
import { useIsMobile } from './use-is-mobile.ts';
import { VisitHouseholdsField } from './visit-households-field.tsx';

export type TVisitFormValues = {
  visitedAt: string;
  householdIds?: number[];
  newHouseholds?: { headName: string; address?: string }[];
  attendees?: string;
  heard: string;
  requests?: NonNullable<TVisitCreate['requests']>;
  nightInVillage?: boolean;
};

type Props = {
  open: boolean;
  /** `YYYY-MM-DDTHH:mm`, local: now on today, the evening on an earlier day. */
  defaultAt: string;
  householdOptions: { value: number; label: string }[];
  searching: boolean;
  onSearch: (q: string) => void;
  pending: boolean;
  /** The server's message when no field shows it. */
  banner: string | null;
  /** Field errors from the server, by antd name path. */
  fieldErrors: { name: (string | number)[]; errors: string[] }[];
  /** The village has no household registered yet (the picker says how to add one). */
  noHouseholds: boolean;
  /** The writable days that already have a record (what 当晚在村 changes on each). */
  recordedDates: readonly string[];
  onSubmit: (body: TVisitCreate) => void;
  onClose: () => void;
};

/**
 * 记录走访: a short form, a bottom drawer on phones; households picked or typed in, "+ 诉求" rows whose
 * content starts as what was heard (editable), and for a night visit 当晚在村 in the same save (off
 * unless ticked: never forced).
 */
export function VisitFormDrawer(props: Props) {
  const { open, defaultAt, householdOptions, searching, onSearch, pending, banner, fieldErrors } = props;
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [form] = Form.useForm<TVisitFormValues>();
  const visitedAt = Form.useWatch('visitedAt', form) ?? defaultAt;
  const atNight = /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(visitedAt) && isNightVisit(visitedAt);
  const visitDate = visitedAt.slice(0, 10);
  // a request's content follows 听到了什么 until the cadre edits it
  const heardBefore = useRef('');
  const followHeard = (changed: Partial<TVisitFormValues>) => {
    if (changed.heard === undefined) return;
    const requests = form.getFieldValue('requests') as TVisitFormValues['requests'];
    if (requests?.some((r) => !r?.description || r.description === heardBefore.current))
      form.setFieldValue(
        'requests',
        requests.map((r) =>
          !r?.description || r.description === heardBefore.current ? { ...r, description: changed.heard } : r,
        ),
      );
    heardBefore.current = changed.heard;
  };
  useEffect(() => {
    if (fieldErrors.length) form.setFields(fieldErrors as Parameters<typeof form.setFields>[0]);
  }, [fieldErrors, form]);
  const finish = (v: TVisitFormValues) =>
    props.onSubmit({
      visitedAt: v.visitedAt,
      householdIds: v.householdIds ?? [],
      newHouseholds: (v.newHouseholds ?? []).map((h) => ({ headName: h.headName, address: h.address ?? '' })),
      attendees: v.attendees ?? '',
      heard: v.heard,
      requests: v.requests ?? [],
      nightInVillage: atNight && v.nightInVillage === true,
    });
  return (
    <Drawer
      open={open}
      title={t('visits.recordTitle')}
      placement={isMobile ? 'bottom' : 'right'}
      size={isMobile ? '92%' : 480}
      onClose={props.onClose}
      destroyOnHidden
      styles={{ body: { padding: isMobile ? 12 : 24 } }}
      footer={
        <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8 }}>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={pending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </div>
      }
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form<TVisitFormValues>
        form={form}
        name="visit"
        layout="vertical"
        initialValues={{ visitedAt: defaultAt }}
        onFinish={finish}
        onValuesChange={followHeard}
        preserve={false}
      >
        <Form.Item
          name="visitedAt"
          label={t('visits.visitedAt')}
          rules={[{ required: true, message: t('visits.visitedAtRequired') }]}
        >
          <Input type="datetime-local" />
        </Form.Item>
        <VisitHouseholdsField
          form={form}
          householdOptions={householdOptions}
          searching={searching}
          onSearch={onSearch}
          noHouseholds={props.noHouseholds}
        />
        <Form.Item name="attendees" label={t('visits.attendees')}>
          <Input maxLength={REQUEST_LIMITS.attendees} placeholder={t('visits.attendeesPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="heard"
          label={t('visits.heard')}
          rules={[{ required: true, whitespace: true, message: t('visits.heardRequired') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={REQUEST_LIMITS.heard}
            placeholder={t('visits.heardPlaceholder')}
          />
        </Form.Item>
        <Form.List name="requests">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <fieldset
                  key={field.key}
                  aria-label={t('visits.requestN', { n: i + 1 })}
                  style={{
                    border: '1px solid #f0f0f0',
                    borderRadius: 8,
                    padding: '8px 12px',
                    marginBottom: 12,
                  }}
                >
                  <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 4 }}>
                    <Typography.Text strong>{t('visits.requestN', { n: i + 1 })}</Typography.Text>
                    <Button
                      type="text"
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={`${t('visits.remove')} ${t('visits.requestN', { n: i + 1 })}`}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                  <RequestFields name={[field.name]} />
                </fieldset>
              ))}
              {fields.length < REQUEST_LIMITS.requestsPerVisit && (
                <Button
                  type="dashed"
                  block
                  icon={<PlusOutlined />}
                  onClick={() => add({ urgency: 'normal', description: form.getFieldValue('heard') ?? '' })}
                >
                  {t('visits.addRequest')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        {atNight && (
          <Form.Item
            name="nightInVillage"
            valuePropName="checked"
            initialValue={false}
            extra={
              props.recordedDates.includes(visitDate)
                ? t('visits.nightInVillageRecorded')
                : t('visits.nightInVillageNew')
            }
            style={{ marginTop: 16, marginBottom: 0 }}
          >
            <Checkbox>{t('visits.nightInVillage', { date: visitDate })}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
