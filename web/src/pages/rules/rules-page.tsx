import { DEFAULT_COUNTY_RULES, REQUEST_CATEGORIES, type TCountyRules, URGENCIES } from '@zhucun/core';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountyRules, useUpdateCountyRules } from '../../api/rules.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { applyApiError } from '../../lib/form-rules.ts';
import { HomeFacilitiesEditor } from './home-facilities-editor.tsx';

type TNumberKey = Exclude<
  keyof TCountyRules,
  | 'unitAdminMayEdit'
  | 'reminderTime'
  | 'holidays'
  | 'workdays'
  | 'spotCheckCaps'
  | 'requestDeadlines'
  | 'homeFacilities'
>;
const FIELDS = Object.keys(DEFAULT_COUNTY_RULES) as (keyof TCountyRules)[];

/** What changed between the saved rules and the form (only those keys are sent). */
function changedRules(saved: TCountyRules, values: TCountyRules): Partial<TCountyRules> {
  return Object.fromEntries(
    FIELDS.filter((k) => JSON.stringify(saved[k]) !== JSON.stringify(values[k])).map((k) => [k, values[k]]),
  );
}

/** 规则设置: the county organisation department sets the term, the presence targets, leave limits and holidays. */
export function RulesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useCountyRules();
  const update = useUpdateCountyRules();
  const [form] = Form.useForm<TCountyRules>();
  const [banner, setBanner] = useState<string | null>(null);
  const holidays: string[] = Form.useWatch('holidays', form) ?? [];
  useEffect(() => {
    if (rules.data) form.setFieldsValue(rules.data);
  }, [rules.data, form]);

  if (rules.isError) return <LoadError error={rules.error} onRetry={() => void rules.refetch()} />;
  if (!rules.data) return <PageSpinner />;
  const saved = rules.data;

  const save = (values: TCountyRules) => {
    const patch = changedRules(saved, { ...saved, ...values });
    if (Object.keys(patch).length === 0) {
      void message.info(t('rules.noChange'));
      return;
    }
    setBanner(null);
    update.mutate(patch, {
      onSuccess: () => void message.success(t('rules.saved')),
      onError: (error) => setBanner(applyApiError(form, error, FIELDS)),
    });
  };
  const number = (name: TNumberKey, suffix?: string) => (
    <Form.Item name={name} label={t(`rules.${name}`)} rules={[{ required: true }]}>
      <InputNumber min={0} precision={0} style={{ width: 160 }} suffix={suffix} />
    </Form.Item>
  );
  const section = { style: { marginBottom: 16 } };

  return (
    <>
      <div className="zc-page-head">
        <div>
          <Typography.Title level={3}>{t('rules.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('rules.intro')}</Typography.Text>
        </div>
      </div>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form form={form} name="county-rules" layout="vertical" initialValues={saved} onFinish={save}>
        <Card title={t('rules.registry')} {...section}>
          {number('termYears')}
          <Form.Item name="unitAdminMayEdit" valuePropName="checked">
            <Checkbox>{t('rules.unitAdminMayEdit')}</Checkbox>
          </Form.Item>
        </Card>
        <Card title={t('rules.presence')} {...section}>
          {number('weekDays', t('rules.days'))}
          {number('weekNights')}
          {number('monthDays', t('rules.days'))}
          {number('yearDays', t('rules.days'))}
        </Card>
        <Card title={t('rules.leave')} {...section}>
          {number('townshipLeaveMaxDays', t('rules.days'))}
          {number('recallLeaveDays', t('rules.days'))}
          {number('backfillDays', t('rules.days'))}
          <Form.Item
            name="reminderTime"
            label={t('rules.reminderTime')}
            rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/ }]}
          >
            <Input style={{ width: 160 }} placeholder="21:00" />
          </Form.Item>
        </Card>
        <Card title={t('rules.deadlinesTitle')} {...section}>
          <Typography.Paragraph type="secondary">{t('rules.deadlinesHint')}</Typography.Paragraph>
          <table className="zc-rules-deadlines">
            <thead>
              <tr>
                <th>{t('requests.category')}</th>
                <th>{t('rules.deadlineNormal')}</th>
                <th>{t('rules.deadlineUrgent')}</th>
              </tr>
            </thead>
            <tbody>
              {REQUEST_CATEGORIES.map((c) => (
                <tr key={c}>
                  <td>{t(`requests.categories.${c}`)}</td>
                  {URGENCIES.map((u) => (
                    <td key={u}>
                      <Form.Item name={['requestDeadlines', c, u]} rules={[{ required: true }]} noStyle>
                        <InputNumber
                          min={1}
                          max={90}
                          precision={0}
                          style={{ width: 88 }}
                          aria-label={`${t(`requests.categories.${c}`)} ${t(u === 'normal' ? 'rules.deadlineNormal' : 'rules.deadlineUrgent')}`}
                        />
                      </Form.Item>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card title={t('rules.holidaysTitle')} {...section}>
          <Form.Item name="holidays" label={t('rules.holidays')} extra={t('rules.holidaysHint')}>
            <HolidayList
              value={holidays}
              onChange={(next) => form.setFieldValue('holidays', next)}
              addLabel={t('rules.addHoliday')}
            />
          </Form.Item>
        </Card>
        <Card title={t('rulesHomes.title')} {...section}>
          <Form.Item name="homeFacilities" extra={t('rulesHomes.hint')}>
            <HomeFacilitiesEditor />
          </Form.Item>
        </Card>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('rules.save')}
        </Button>
      </Form>
    </>
  );
}

function HolidayList(props: { value: string[]; onChange: (next: string[]) => void; addLabel: string }) {
  const add = (date: string) => props.onChange([...new Set([...props.value, date])].sort());
  return (
    <div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 8 }}>
        {props.value.map((d) => (
          <Tag key={d} closable onClose={() => props.onChange(props.value.filter((x) => x !== d))}>
            {d}
          </Tag>
        ))}
      </div>
      <DatePicker
        placeholder={props.addLabel}
        value={null}
        onChange={(v) => v && add(dayjs(v).format('YYYY-MM-DD'))}
        aria-label={props.addLabel}
      />
    </div>
  );
}
