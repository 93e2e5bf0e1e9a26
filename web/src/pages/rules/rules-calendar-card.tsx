import { CN_PUBLIC_HOLIDAYS, publicHolidaysOf, type TCountyRules } from '@zhucun/core';
import { App, Button, Card, Form, type FormInstance, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateListEditor } from './date-list-editor.tsx';

/**
 * A year's public holidays and adjusted working days (调休上班), with the State Council's arrangement
 * for the year to fill in when the county wants it back.
 */
export function RulesCalendarCard(props: {
  year: number;
  disabled: boolean;
  form: FormInstance<TCountyRules>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { year, disabled, form } = props;
  const published = CN_PUBLIC_HOLIDAYS[year];
  const openOn = `${year}-01-01`;
  const fill = () => {
    form.setFieldsValue(publicHolidaysOf(year));
    void message.info(t('rules.filled'));
  };
  return (
    <Card title={t('rules.calendarTitle', { year })} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">
        {published
          ? t('rules.publishedNotice', { year, notice: published.notice, issued: published.issued })
          : t('rules.notPublished', { year })}
        {published && !disabled && (
          <Button size="small" style={{ marginInlineStart: 8 }} onClick={fill}>
            {t('rules.fillPublished')}
          </Button>
        )}
      </Typography.Paragraph>
      <Form.Item
        name="holidays"
        label={t('rules.holidays')}
        extra={disabled ? undefined : t('rules.holidaysHint')}
      >
        <DateListEditor addLabel={t('rules.addHoliday')} openOn={openOn} disabled={disabled} />
      </Form.Item>
      <Form.Item
        name="workdays"
        label={t('rules.workdays')}
        extra={disabled ? undefined : t('rules.workdaysHint')}
      >
        <DateListEditor addLabel={t('rules.addWorkday')} openOn={openOn} disabled={disabled} />
      </Form.Item>
    </Card>
  );
}
