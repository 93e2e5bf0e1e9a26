import { AUDIT_ACTIONS, AUDIT_OUTCOMES, type TAuditOutcome } from '@zhucun/core';
import { AutoComplete, Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

export type TAuditFilterValues = {
  actor?: string;
  action?: string;
  outcome?: TAuditOutcome;
  from?: string;
  to?: string;
};
type TFormValues = {
  actor?: string;
  action?: string;
  outcome?: TAuditOutcome;
  dates?: [Dayjs | null, Dayjs | null] | null;
};
type Props = { onSearch: (values: TAuditFilterValues) => void; stacked: boolean };

/** Actor, action, outcome and a date range; reports the filter on search. Stacked full-width on phones. */
export function AuditFilters({ onSearch, stacked }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TFormValues>();
  const width = (px: number) => (stacked ? '100%' : px);
  const item = { style: { marginInlineEnd: 0, width: stacked ? '100%' : undefined } };
  const submit = (v: TFormValues) =>
    onSearch({
      actor: v.actor?.trim() || undefined,
      action: v.action?.trim() || undefined,
      outcome: v.outcome,
      from: v.dates?.[0]?.format('YYYY-MM-DD'),
      to: v.dates?.[1]?.format('YYYY-MM-DD'),
    });
  const reset = () => {
    form.resetFields();
    onSearch({});
  };
  return (
    <Form
      form={form}
      name="audit-filters"
      layout="inline"
      onFinish={submit}
      className="zc-toolbar"
      style={{ marginBottom: 16 }}
    >
      <Form.Item name="actor" {...item}>
        <Input
          allowClear
          placeholder={t('audit.actor')}
          aria-label={t('audit.actor')}
          style={{ width: width(150) }}
        />
      </Form.Item>
      <Form.Item name="action" {...item}>
        <AutoComplete
          allowClear
          placeholder={t('audit.action')}
          aria-label={t('audit.action')}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: `${t(`audit.actions.${a}`)} · ${a}` }))}
          showSearch={{
            filterOption: (input, option) =>
              String(option?.label ?? '')
                .toLowerCase()
                .includes(input.toLowerCase()),
          }}
          style={{ width: width(200) }}
        />
      </Form.Item>
      <Form.Item name="outcome" {...item}>
        <Select
          allowClear
          placeholder={t('audit.anyOutcome')}
          aria-label={t('audit.outcome')}
          options={AUDIT_OUTCOMES.map((o) => ({ value: o, label: t(`audit.outcomes.${o}`) }))}
          style={{ width: width(130) }}
        />
      </Form.Item>
      <Form.Item name="dates" {...item}>
        <DatePicker.RangePicker aria-label={t('audit.dates')} style={{ width: width(260) }} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        {t('audit.search')}
      </Button>
      <Button onClick={reset}>{t('audit.reset')}</Button>
    </Form>
  );
}
