import { HOME_KINDS, HOME_LIMITS, homeTitleOf } from '@zhucun/core';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Radio,
  Result,
  Space,
  Switch,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useCountyRules } from '../../api/rules.ts';
import { HomeContractFields } from '../../components/home-contract-fields.tsx';
import { HomeRoomFields } from '../../components/home-room-fields.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { applyApiError } from '../../lib/form-rules.ts';
import {
  HOME_FORM_FIELDS,
  homeErrorField,
  homeFormValuesOf,
  newHomeValues,
  type THomeFormValues,
  toHomeInput,
} from '../../lib/home-form.ts';
import { facilityChoices, facilityLabel } from '../../lib/home-labels.ts';
import { useCreateHome, useHome, useUpdateHome } from '../../lib/home-queries.ts';
import { HomeVillageField } from './home-village-field.tsx';

/** The server's field paths moved to where the form shows them (`rooms.1` → that room's name). */
function onFormFields(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const details = error.details.map((d) => ({ ...d, field: homeErrorField(d.field) }));
  return new ApiError(error.status, error.code, error.message, details, error.requestId);
}

/** `/homes/new` and `/homes/:id/edit`: a home's village, kind, rooms, kitchen, facilities and contract. */
export function HomeFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const param = useParams().id;
  const id = param === undefined ? null : Number(param);
  const editing = id !== null;
  const valid = !editing || (Number.isInteger(id) && id > 0);
  const home = useHome(editing && valid ? id : null);
  const rules = useCountyRules();
  const create = useCreateHome();
  const update = useUpdateHome(id ?? 0);
  const [form] = Form.useForm<THomeFormValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const [villageName, setVillageName] = useState<string | undefined>();
  const kind = Form.useWatch('kind', form);
  const roomName = (n: number) => t('homes.form.roomName', { n });
  const ready = rules.data && (!editing || home.data);

  // the form is filled once per loaded home (roomName follows the language only); later typing is the user's
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (!rules.data) return;
    if (!editing) form.setFieldsValue(newHomeValues(roomName, rules.data.homeFacilities));
    else if (home.data) {
      const h = home.data;
      setVillageName(h.villageName);
      form.setFieldsValue(homeFormValuesOf(h, homeTitleOf({ title: '', kind: h.kind }, h.villageName)));
    }
  }, [rules.data, home.data, editing, form]);

  if (!valid || (home.error instanceof ApiError && home.error.status === 404))
    return <Result status="404" title={t('errors.notFound')} />;
  const failed = rules.isError ? rules : home.isError ? home : null;
  if (failed) return <LoadError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!ready) return <PageSpinner />;

  const saving = create.isPending || update.isPending;
  const submit = (values: THomeFormValues) => {
    setBanner(null);
    const body = toHomeInput(values);
    const done = (homeId: number) => {
      void message.success(t(editing ? 'homes.form.saved' : 'homes.form.created'));
      void navigate(`/homes/${homeId}`);
    };
    const onError = (error: unknown) => setBanner(applyApiError(form, onFormFields(error), HOME_FORM_FIELDS));
    if (editing) {
      const { villageCode: _village, ...rest } = body;
      update.mutate(rest, { onSuccess: (v) => done(v.id), onError });
    } else create.mutate(body, { onSuccess: (v) => done(v.id), onError });
  };
  const defaultTitle = villageName ? homeTitleOf({ title: '', kind: kind ?? 'apartment' }, villageName) : '';
  const choices = facilityChoices(rules.data?.homeFacilities ?? [], home.data?.facilities ?? []);
  const section = { styles: { body: { padding: isMobile ? 12 : 24 } }, style: { marginBottom: 16 } };

  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>
          {t(editing ? 'homes.form.editTitle' : 'homes.form.createTitle')}
        </Typography.Title>
      </div>
      <Form<THomeFormValues>
        form={form}
        name="home"
        layout="vertical"
        onFinish={submit}
        scrollToFirstError
        style={{ maxWidth: 800 }}
      >
        {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
        <Card title={t('homes.form.basics')} {...section}>
          {editing ? (
            <Form.Item label={t('homes.form.village')}>
              <Typography.Text>
                {home.data?.townshipName} · {home.data?.villageName}
              </Typography.Text>
            </Form.Item>
          ) : (
            <Form.Item
              name="villageCode"
              label={t('homes.form.village')}
              rules={[{ required: true, message: t('homes.form.villageRequired') }]}
            >
              <HomeVillageField onName={setVillageName} />
            </Form.Item>
          )}
          <Form.Item name="kind" label={t('homes.kind')} rules={[{ required: true }]}>
            <Radio.Group options={HOME_KINDS.map((k) => ({ value: k, label: t(`homes.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('homes.form.titleLabel')}>
            <Input
              maxLength={HOME_LIMITS.name}
              placeholder={
                defaultTitle ? t('homes.form.titlePlaceholder', { title: defaultTitle }) : undefined
              }
            />
          </Form.Item>
          <Form.Item
            name="address"
            label={t('homes.form.address')}
            rules={[{ required: true, whitespace: true, message: t('homes.form.addressRequired') }]}
          >
            <Input maxLength={HOME_LIMITS.address} />
          </Form.Item>
        </Card>
        <Card title={t('homes.form.roomsSection')} {...section}>
          <HomeRoomFields />
          <Form.Item name="hasKitchen" label={t('homes.form.hasKitchen')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="facilities" label={t('homes.form.facilities')}>
            <Checkbox.Group options={choices.map((f) => ({ value: f, label: facilityLabel(f, t) }))} />
          </Form.Item>
        </Card>
        {kind === 'farmhouse' && (
          <Card title={t('homes.form.contract')} {...section}>
            <HomeContractFields />
          </Card>
        )}
        <Card {...section}>
          <Form.Item name="note" label={t('homes.form.note')} style={{ marginBottom: 0 }}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={HOME_LIMITS.note} />
          </Form.Item>
        </Card>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('common.save')}
          </Button>
          <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
