import { App, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConductCatalogue, useRecordViolation, useUploadViolationEvidence } from '../../api/violations.ts';
import { DateField } from '../../components/date-field.tsx';
import { EvidenceField } from '../../components/evidence-field.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { applyApiError } from '../../lib/form-rules.ts';
import { CadrePicker } from '../duty-review/cadre-picker.tsx';

type TValues = {
  personId: number;
  occurredOn: string;
  itemId: number;
  circumstances: string;
  photo1?: number;
  photo2?: number;
};

/** 登记违规记录: a cadre in scope, the day, an item of that year's negative list, what happened, evidence photos. */
export function RecordViolationModal({
  open,
  year,
  onClose,
}: {
  open: boolean;
  year: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const occurredOn = Form.useWatch('occurredOn', form);
  const itemYear = occurredOn ? Number(occurredOn.slice(0, 4)) : year;
  const catalogue = useConductCatalogue(itemYear);
  const record = useRecordViolation();
  const upload = useUploadViolationEvidence();
  const items = (catalogue.data?.items ?? []).filter((i) => !i.retired);
  return (
    <FormModal<TValues>
      open={open}
      title={t('violations.record')}
      name="record-violation"
      form={form}
      pending={record.isPending}
      banner={banner}
      width={640}
      okText={t('violations.form.submit')}
      initialValues={{ occurredOn: dayjs().format('YYYY-MM-DD') }}
      onFinish={({ photo1, photo2, ...values }) =>
        record
          .mutateAsync({ ...values, photoIds: [photo1, photo2].filter((p): p is number => p !== undefined) })
          .then((v) => {
            void message.success(t('violations.form.recorded', { date: v.answerDue }));
            onClose();
          })
          .catch((error: unknown) =>
            setBanner(
              applyApiError(form, error, ['personId', 'occurredOn', 'itemId', 'circumstances', 'photoIds']),
            ),
          )
      }
      onClose={onClose}
      onAfterClose={() => {
        setBanner(null);
        form.resetFields();
      }}
    >
      <Form.Item name="personId" label={t('violations.form.person')} rules={[{ required: true }]}>
        <CadrePicker known={[]} />
      </Form.Item>
      <DateField name="occurredOn" label={t('violations.form.occurredOn')} rules={[{ required: true }]} />
      <Form.Item
        name="itemId"
        label={t('violations.form.item')}
        rules={[{ required: true }]}
        extra={
          catalogue.data && items.length === 0
            ? t('violations.form.noCatalogue', { year: itemYear })
            : undefined
        }
      >
        <Select<number>
          showSearch={{ optionFilterProp: 'label' }}
          options={items.map((i) => ({
            value: i.id,
            label: `${i.conduct}（${i.veto ? t('violations.veto') : t('violations.points', { points: i.deduction })}）`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="circumstances"
        label={t('violations.form.circumstances')}
        rules={[{ required: true, whitespace: true, min: 5, max: 2000 }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={2000}
          placeholder={t('violations.form.circumstancesPlaceholder')}
        />
      </Form.Item>
      <Form.Item label={t('violations.form.photos')} style={{ marginBottom: 0 }}>
        <Form.Item name="photo1">
          <EvidenceField
            upload={upload}
            addLabel={t('violations.form.addPhoto')}
            testId="violation-photo-1"
          />
        </Form.Item>
        <Form.Item name="photo2">
          <EvidenceField
            upload={upload}
            addLabel={t('violations.form.addPhoto')}
            testId="violation-photo-2"
          />
        </Form.Item>
      </Form.Item>
    </FormModal>
  );
}
