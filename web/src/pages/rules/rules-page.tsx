import {
  DEFAULT_COUNTY_RULES,
  REQUEST_CATEGORIES,
  SPOT_CHECK_GRADE_CAPS,
  type TCountyRules,
  type TCountyRulesOfYear,
  URGENCIES,
} from '@zhucun/core';
import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCountyRules, useUpdateCountyRules } from '../../api/rules.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { applyApiError } from '../../lib/form-rules.ts';
import { HomeFacilitiesEditor } from './home-facilities-editor.tsx';
import { RulesCalendarCard } from './rules-calendar-card.tsx';

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
/** The earliest year offered: the first the State Council's holidays are shipped for. */
const FIRST_YEAR = 2022;

/** What changed between the saved rules and the form (only those keys are sent). */
function changedRules(saved: TCountyRules, values: TCountyRules): Partial<TCountyRules> {
  return Object.fromEntries(
    FIELDS.filter((k) => JSON.stringify(saved[k]) !== JSON.stringify(values[k])).map((k) => [k, values[k]]),
  );
}

/**
 * 规则设置 (`/rules?year=`): the county organisation department sets a year's term, presence targets,
 * leave limits, holidays and caps. This year and later ones may change; an earlier year is read-only.
 */
export function RulesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year')) || undefined;
  const rules = useCountyRules(asked);

  if (rules.isError) return <LoadError error={rules.error} onRetry={() => void rules.refetch()} />;
  if (!rules.data) return <PageSpinner />;
  const saved = rules.data;
  const years = Array.from(
    { length: saved.currentYear + 2 - Math.min(FIRST_YEAR, saved.year) },
    (_, i) => saved.currentYear + 1 - i,
  );
  const yearLabel = (y: number) =>
    `${t('rules.yearOption', { year: y })}${
      y === saved.currentYear
        ? t('rules.thisYear')
        : y > saved.currentYear
          ? t('rules.laterYear')
          : t('rules.closedYear')
    }`;

  return (
    <>
      <div className="zc-page-head">
        <div>
          <Typography.Title level={3}>{t('rules.titleOfYear', { year: saved.year })}</Typography.Title>
          <Typography.Text type="secondary">{t('rules.intro')}</Typography.Text>
        </div>
        <Select
          aria-label={t('rules.year')}
          value={saved.year}
          style={{ width: 230, maxWidth: '100%' }}
          options={years.map((y) => ({ value: y, label: yearLabel(y) }))}
          onChange={(y: number) => setParams(y === saved.currentYear ? {} : { year: String(y) })}
        />
      </div>
      <Alert
        type={saved.closed ? 'warning' : 'info'}
        showIcon
        title={
          saved.closed
            ? t('rules.closedNotice', { year: saved.year })
            : t('rules.editingNotice', { year: saved.year })
        }
        style={{ marginBottom: 16 }}
      />
      <RulesForm key={saved.year} saved={saved} />
    </>
  );
}

function RulesForm({ saved }: { saved: TCountyRulesOfYear }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateCountyRules(saved.year);
  const [form] = Form.useForm<TCountyRules>();
  const [banner, setBanner] = useState<string | null>(null);
  const disabled = saved.closed;
  useEffect(() => {
    form.setFieldsValue(saved);
  }, [saved, form]);

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
  const number = (name: TNumberKey | ['spotCheckCaps', string], label: string, suffix?: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      <InputNumber min={0} precision={0} style={{ width: 160 }} suffix={suffix} />
    </Form.Item>
  );
  const field = (name: TNumberKey, suffix?: string) => number(name, t(`rules.${name}`), suffix);
  const section = { style: { marginBottom: 16 } };

  return (
    <>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        name="county-rules"
        layout="vertical"
        initialValues={saved}
        onFinish={save}
        disabled={disabled}
      >
        <Card title={t('rules.registry')} {...section}>
          {field('termYears')}
          <Form.Item name="unitAdminMayEdit" valuePropName="checked">
            <Checkbox>{t('rules.unitAdminMayEdit')}</Checkbox>
          </Form.Item>
        </Card>
        <Card title={t('rules.presence')} {...section}>
          {field('weekDays', t('rules.days'))}
          {field('weekNights')}
          {field('monthDays', t('rules.days'))}
          {field('yearDays', t('rules.days'))}
          {field('monthNightVisits', t('rules.times'))}
        </Card>
        <RulesCalendarCard year={saved.year} disabled={disabled} form={form} />
        <Card title={t('rules.leave')} {...section}>
          {field('townshipLeaveMaxDays', t('rules.days'))}
          {field('recallLeaveDays', t('rules.days'))}
          {field('backfillDays', t('rules.days'))}
          <Form.Item
            name="reminderTime"
            label={t('rules.reminderTime')}
            rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/ }]}
          >
            <Input style={{ width: 160 }} placeholder="21:00" />
          </Form.Item>
        </Card>
        <Card title={t('rules.spotChecksTitle')} {...section}>
          <Typography.Paragraph type="secondary">{t('rules.spotChecksHint')}</Typography.Paragraph>
          {SPOT_CHECK_GRADE_CAPS.map((cap) => (
            <div key={cap}>{number(['spotCheckCaps', cap], t(`rules.caps.${cap}`), t('rules.times'))}</div>
          ))}
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
        <Card title={t('rulesHomes.title')} {...section}>
          <Form.Item name="homeFacilities" extra={t('rulesHomes.hint')}>
            <HomeFacilitiesEditor />
          </Form.Item>
        </Card>
        {!disabled && (
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('rules.saveOfYear', { year: saved.year })}
          </Button>
        )}
      </Form>
    </>
  );
}
