import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { TLabourReportDetail } from '@zhucun/core';
import { App, Button, DatePicker, Form, Input, InputNumber, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveLabourReport } from '../../api/outcomes.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { applyApiError } from '../../lib/form-rules.ts';
import { HouseholdSelect } from './household-select.tsx';
import { OutcomeVillageField } from './outcome-village-field.tsx';

type TLine = { householdId?: number; labourers?: number };
type TFields = { villageCode?: string; month: string; lines: TLine[]; note?: string };

// the lines' problems (a household of another village, one listed twice) go to the banner above the form
const FIELDS = ['villageCode', 'month', 'note'];

/**
 * A village's month of labour (转移就业): the village, the month, and each household with how many of its
 * labourers work away; a returned or waiting month is corrected here and sent again. Fits a 360-px phone.
 */
export function LabourReportModal({
  report,
  month,
  onClose,
}: {
  report: TLabourReportDetail | null;
  month: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TFields>();
  const [banner, setBanner] = useState<string | null>(null);
  const save = useSaveLabourReport();
  const village = Form.useWatch('villageCode', form) ?? report?.villageCode;
  const lines = (Form.useWatch('lines', form) ?? []) as TLine[];
  const total = lines.reduce((s, l) => s + (l?.labourers ?? 0), 0);
  const known = report?.lines.map((l) => ({ value: l.householdId, label: l.headName })) ?? [];
  const submit = (v: TFields) => {
    setBanner(null);
    const picked = v.lines
      .filter((l) => l.householdId)
      .map((l) => ({ householdId: l.householdId as number, labourers: l.labourers ?? 1 }));
    const body = report
      ? { lines: picked, note: v.note?.trim() ?? '' }
      : { villageCode: v.villageCode ?? '', month: v.month, lines: picked, note: v.note?.trim() ?? '' };
    save.mutate(
      { id: report?.id ?? null, body },
      {
        onSuccess: () => {
          void message.success(t('outcomes.report.sent'));
          onClose();
        },
        onError: (error: unknown) => setBanner(applyApiError(form, error, FIELDS)),
      },
    );
  };
  return (
    <FormModal<TFields>
      open
      title={report ? t('outcomes.report.editTitle') : t('outcomes.report.createTitle')}
      name="labour-report"
      form={form}
      pending={save.isPending}
      banner={banner}
      okText={t('outcomes.report.send')}
      initialValues={{
        villageCode: report?.villageCode,
        month: report?.month ?? month,
        note: report?.note ?? '',
        lines: report
          ? report.lines.map((l) => ({ householdId: l.householdId, labourers: l.labourers }))
          : [{ labourers: 1 }],
      }}
      onFinish={submit}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      {report ? (
        <Typography.Paragraph
          strong
        >{`${report.townshipName} · ${report.villageName} · ${report.month}`}</Typography.Paragraph>
      ) : (
        <>
          <Form.Item name="villageCode" label={t('outcomes.village')} rules={[{ required: true }]}>
            <OutcomeVillageField />
          </Form.Item>
          <Form.Item
            name="month"
            label={t('outcomes.month')}
            rules={[{ required: true }]}
            getValueProps={(value: string | undefined) => ({ value: value ? dayjs(`${value}-01`) : null })}
            normalize={(value: Dayjs | null) => (value ? value.format('YYYY-MM') : undefined)}
          >
            <DatePicker picker="month" style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
      <Form.Item label={t('outcomes.report.lines')} required>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <div key={field.key} style={{ display: 'flex', gap: 8, marginBottom: 8 }}>
                  <Form.Item name={[field.name, 'householdId']} noStyle rules={[{ required: true }]}>
                    <HouseholdSelect village={village} known={known} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'labourers']} noStyle>
                    <InputNumber
                      min={1}
                      max={20}
                      precision={0}
                      style={{ width: 72 }}
                      aria-label={t('outcomes.report.perHousehold')}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('outcomes.report.removeLine')}
                    onClick={() => remove(field.name)}
                  />
                </div>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ labourers: 1 })} block>
                {t('outcomes.report.addLine')}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <Typography.Paragraph data-testid="labour-total">
        {t('outcomes.report.totalLine', {
          households: lines.filter((l) => l?.householdId).length,
          labourers: total,
        })}
      </Typography.Paragraph>
      <Form.Item name="note" label={t('outcomes.report.note')}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
