import { AWARD_LEVELS, localDate, type TAwardLevel } from '@zhucun/core';
import { App, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateAward, useUploadAwardEvidence } from '../../api/awards.ts';
import { DateField } from '../../components/date-field.tsx';
import { EvidenceField } from '../../components/evidence-field.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { applyApiError } from '../../lib/form-rules.ts';
import { CadrePicker } from '../duty-review/cadre-picker.tsx';
import { HomeVillageField } from '../homes/home-village-field.tsx';

type TFields = {
  holder: 'person' | 'village';
  personId?: number;
  villageCode?: string;
  level: TAwardLevel;
  title: string;
  issuer: string;
  documentNo?: string;
  awardedOn: string;
  fileId?: number;
};

const FIELDS = ['personId', 'villageCode', 'level', 'title', 'issuer', 'documentNo', 'awardedOn', 'fileId'];

/** Registers a commendation of a cadre or of a village collective (the county). */
export function AwardFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TFields>();
  const [holder, setHolder] = useState<'person' | 'village'>('person');
  const create = useCreateAward();
  const upload = useUploadAwardEvidence();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = (v: TFields) => {
    setBanner(null);
    const body = {
      personId: v.holder === 'person' ? (v.personId ?? null) : null,
      villageCode: v.holder === 'village' ? (v.villageCode ?? null) : null,
      level: v.level,
      title: v.title.trim(),
      issuer: v.issuer.trim(),
      documentNo: v.documentNo?.trim() ?? '',
      awardedOn: v.awardedOn,
      fileId: v.fileId ?? null,
    };
    create.mutate(body, {
      onSuccess: () => {
        void message.success(t('awards.saved'));
        onClose();
      },
      onError: (error: unknown) => setBanner(applyApiError(form, error, FIELDS)),
    });
  };
  const required = [{ required: true }];
  return (
    <FormModal<TFields>
      open={open}
      title={t('awards.createTitle')}
      name="award"
      form={form}
      pending={create.isPending}
      banner={banner}
      initialValues={{ holder: 'person', level: 'provincial', awardedOn: localDate(new Date()) }}
      onFinish={submit}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Form.Item name="holder" label={t('awards.holder')}>
        <Radio.Group
          onChange={(e) => setHolder(e.target.value)}
          options={(['person', 'village'] as const).map((h) => ({
            value: h,
            label: t(`awards.holders.${h}`),
          }))}
        />
      </Form.Item>
      {holder === 'person' ? (
        <Form.Item name="personId" label={t('awards.person')} rules={required}>
          <CadrePicker known={[]} />
        </Form.Item>
      ) : (
        <Form.Item name="villageCode" label={t('awards.village')} rules={required}>
          <HomeVillageField />
        </Form.Item>
      )}
      <Form.Item name="level" label={t('awards.level')} rules={required}>
        <Select options={AWARD_LEVELS.map((l) => ({ value: l, label: t(`awards.levels.${l}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('awards.titleField')} rules={required}>
        <Input maxLength={100} placeholder={t('awards.titlePlaceholder')} />
      </Form.Item>
      <Form.Item name="issuer" label={t('awards.issuer')} rules={required}>
        <Input maxLength={100} placeholder={t('awards.issuerPlaceholder')} />
      </Form.Item>
      <Form.Item name="documentNo" label={t('awards.documentNo')}>
        <Input maxLength={60} />
      </Form.Item>
      <DateField name="awardedOn" label={t('awards.awardedOn')} rules={required} />
      <Form.Item name="fileId" label={t('awards.evidence')}>
        <EvidenceField upload={upload} addLabel={t('awards.addEvidence')} testId="award-evidence" />
      </Form.Item>
    </FormModal>
  );
}
