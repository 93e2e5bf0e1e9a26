import {
  SPOT_CHECK_FINDINGS,
  SPOT_CHECK_METHODS,
  type TSpotCheckFinding,
  type TSpotCheckMethod,
} from '@zhucun/core';
import { Alert, App, Button, DatePicker, Form, type FormInstance, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useCreateSpotCheck, useUploadSpotCheckEvidence } from '../../api/spot-checks.ts';
import { EvidenceField } from '../../components/evidence-field.tsx';
import { CadrePicker, type TPicked } from './cadre-picker.tsx';

export type TSpotCheckValues = {
  personId?: number;
  method: TSpotCheckMethod;
  checkedAt: Dayjs;
  finding: TSpotCheckFinding;
  note?: string;
  fileId?: number;
};
type Props = { form: FormInstance<TSpotCheckValues>; known: readonly TPicked[] };

/** 登记抽查: who, how, when and what was found; a finding against the cadre's record is flagged by the server. */
export function SpotCheckForm({ form, known }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const create = useCreateSpotCheck();
  const evidence = useUploadSpotCheckEvidence();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = (v: TSpotCheckValues) => {
    if (!v.personId) return;
    setBanner(null);
    create.mutate(
      {
        personId: v.personId,
        method: v.method,
        checkedAt: v.checkedAt.format('YYYY-MM-DDTHH:mm'),
        finding: v.finding,
        note: v.note?.trim() || undefined,
        fileId: v.fileId,
      },
      {
        onSuccess: (check) => {
          const excuse = v.finding === 'absent' ? check.excusedBy : null;
          if (check.discrepancy) void message.warning(t('dutyReview.spotChecks.savedDiscrepancy'));
          else if (excuse && 'startDate' in excuse)
            void message.info(
              t('dutyReview.spotChecks.savedExcused', {
                kind: t(`dutyReview.absences.kinds.${excuse.kind}`),
                start: excuse.startDate,
                end: excuse.endDate,
              }),
              6,
            );
          else if (excuse) void message.info(t(`dutyReview.spotChecks.savedRestExcused.${excuse.kind}`), 6);
          else void message.success(t('dutyReview.spotChecks.saved'));
          form.resetFields(['personId', 'note', 'finding', 'fileId']);
        },
        onError: (error) => setBanner(errorMessage(error)),
      },
    );
  };
  return (
    <Form<TSpotCheckValues>
      form={form}
      name="spot-check"
      layout="vertical"
      onFinish={submit}
      initialValues={{ method: 'on_site', checkedAt: dayjs(), finding: 'present' }}
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <div className="zc-spot-grid" style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
        <Form.Item
          name="personId"
          label={t('dutyReview.spotChecks.person')}
          rules={[{ required: true, message: t('dutyReview.spotChecks.personRequired') }]}
          style={{ flex: '1 1 240px' }}
        >
          <CadrePicker known={known} />
        </Form.Item>
        <Form.Item
          name="checkedAt"
          label={t('dutyReview.spotChecks.time')}
          rules={[{ required: true, message: t('dutyReview.spotChecks.timeRequired') }]}
          style={{ flex: '1 1 200px' }}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </div>
      <Form.Item name="method" label={t('dutyReview.spotChecks.method')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={SPOT_CHECK_METHODS.map((m) => ({
            value: m,
            label: t(`dutyReview.spotChecks.methods.${m}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="finding"
        label={t('dutyReview.spotChecks.finding')}
        rules={[{ required: true, message: t('dutyReview.spotChecks.findingRequired') }]}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={SPOT_CHECK_FINDINGS.map((f) => ({
            value: f,
            label: t(`dutyReview.spotChecks.findings.${f}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('dutyReview.spotChecks.note')}>
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
      <Form.Item name="fileId" label={t('dutyReview.spotChecks.evidence')}>
        <EvidenceField
          upload={evidence}
          addLabel={t('dutyReview.spotChecks.evidenceAdd')}
          testId="spot-check-evidence-input"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={create.isPending}>
        {t('dutyReview.spotChecks.save')}
      </Button>
    </Form>
  );
}
