import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { REQUEST_LIMITS, type TVisitCreate } from '@zhucun/core';
import { Alert, Button, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RequestFields } from './request-fields.tsx';
import { useIsMobile } from './use-is-mobile.ts';

export type TVisitFormValues = {
  visitedAt: string;
  householdIds?: number[];
  newHouseholds?: { headName: string; address?: string }[];
  attendees?: string;
  heard: string;
  requests?: NonNullable<TVisitCreate['requests']>;
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
  onSubmit: (body: TVisitCreate) => void;
  onClose: () => void;
};

/** 记录走访: a short form, a bottom drawer on phones; households picked or typed in, "+ 诉求" rows. */
export function VisitFormDrawer(props: Props) {
  const { open, defaultAt, householdOptions, searching, onSearch, pending, banner, fieldErrors } = props;
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [form] = Form.useForm<TVisitFormValues>();
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
    });
  const atLeastOne = {
    validator: () => {
      const ids = form.getFieldValue('householdIds') as number[] | undefined;
      const added = form.getFieldValue('newHouseholds') as unknown[] | undefined;
      return (ids?.length ?? 0) + (added?.length ?? 0) > 0
        ? Promise.resolve()
        : Promise.reject(new Error(t('visits.householdsRequired')));
    },
  };

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
        preserve={false}
      >
        <Form.Item
          name="visitedAt"
          label={t('visits.visitedAt')}
          rules={[{ required: true, message: t('visits.visitedAtRequired') }]}
        >
          <Input type="datetime-local" />
        </Form.Item>
        <Form.Item
          name="householdIds"
          label={t('visits.households')}
          rules={[atLeastOne]}
          dependencies={['newHouseholds']}
          style={{ marginBottom: 8 }}
        >
          <Select<number[]>
            mode="multiple"
            showSearch={{ filterOption: false, onSearch }}
            loading={searching}
            placeholder={t('visits.householdsPick')}
            options={householdOptions}
          />
        </Form.Item>
        <Form.List name="newHouseholds">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                  <Form.Item
                    name={[field.name, 'headName']}
                    rules={[{ required: true, whitespace: true, message: t('visits.headNameRequired') }]}
                    style={{ flex: '1 1 40%', marginBottom: 8 }}
                  >
                    <Input
                      maxLength={30}
                      placeholder={t('visits.headName')}
                      aria-label={t('visits.headName')}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'address']} style={{ flex: '1 1 60%', marginBottom: 8 }}>
                    <Input
                      maxLength={100}
                      placeholder={t('visits.address')}
                      aria-label={t('visits.address')}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('visits.remove')}
                    onClick={() => {
                      remove(field.name);
                      void form.validateFields(['householdIds']).catch(() => undefined);
                    }}
                  />
                </div>
              ))}
              <Button
                type="dashed"
                size="small"
                icon={<PlusOutlined />}
                onClick={() => add({ headName: '', address: '' })}
                style={{ marginBottom: 16 }}
              >
                {t('visits.newHousehold')}
              </Button>
            </>
          )}
        </Form.List>
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
                  onClick={() => add({ urgency: 'normal' })}
                >
                  {t('visits.addRequest')}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
