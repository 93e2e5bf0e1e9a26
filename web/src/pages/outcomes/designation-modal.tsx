import {
  DESIGNATION_KINDS,
  DESIGNATION_LEVELS,
  localDate,
  type TDesignation,
  type TDesignationKind,
  type TDesignationLevel,
} from '@zhucun/core';
import { App, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveDesignation, useUploadDesignationDocument } from '../../api/outcomes.ts';
import { DateField } from '../../components/date-field.tsx';
import { EvidenceField } from '../../components/evidence-field.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { applyApiError } from '../../lib/form-rules.ts';
import { OutcomeVillageField } from './outcome-village-field.tsx';

type TFields = {
  villageCode?: string;
  kind: TDesignationKind;
  level: TDesignationLevel;
  title: string;
  issuer: string;
  documentNo: string;
  designatedOn: string;
  fileId?: number;
};

const FIELDS = ['villageCode', 'kind', 'level', 'title', 'issuer', 'documentNo', 'designatedOn', 'fileId'];

/** A village's demonstration designation with its level, date, document number and the document itself. */
export function DesignationModal({
  designation,
  onClose,
}: {
  designation: TDesignation | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TFields>();
  const [banner, setBanner] = useState<string | null>(null);
  const save = useSaveDesignation();
  const upload = useUploadDesignationDocument();
  const submit = (v: TFields) => {
    setBanner(null);
    const fields = {
      kind: v.kind,
      level: v.level,
      title: v.title.trim(),
      issuer: v.issuer.trim(),
      documentNo: v.documentNo.trim(),
      designatedOn: v.designatedOn,
      fileId: v.fileId ?? null,
    };
    const body = designation ? fields : { villageCode: v.villageCode ?? '', ...fields };
    save.mutate(
      { id: designation?.id ?? null, body },
      {
        onSuccess: () => {
          void message.success(t('outcomes.designation.sent'));
          onClose();
        },
        onError: (error: unknown) => setBanner(applyApiError(form, error, FIELDS)),
      },
    );
  };
  const required = [{ required: true }];
  return (
    <FormModal<TFields>
      open
      title={designation ? t('outcomes.designation.editTitle') : t('outcomes.designation.createTitle')}
      name="designation"
      form={form}
      pending={save.isPending}
      banner={banner}
      okText={t('outcomes.report.send')}
      initialValues={
        designation
          ? { ...designation, fileId: undefined }
          : { kind: 'rural_tourism', level: 'county', designatedOn: localDate(new Date()) }
      }
      onFinish={submit}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      {designation ? (
        <Typography.Paragraph
          strong
        >{`${designation.townshipName} · ${designation.villageName}`}</Typography.Paragraph>
      ) : (
        <Form.Item name="villageCode" label={t('outcomes.village')} rules={required}>
          <OutcomeVillageField />
        </Form.Item>
      )}
      <Form.Item name="kind" label={t('outcomes.designation.kind')} rules={required}>
        <Select options={DESIGNATION_KINDS.map((k) => ({ value: k, label: t(`outcomes.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="level" label={t('outcomes.designation.level')} rules={required}>
        <Select options={DESIGNATION_LEVELS.map((l) => ({ value: l, label: t(`outcomes.levels.${l}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('outcomes.designation.titleField')} rules={required}>
        <Input maxLength={60} placeholder={t('outcomes.designation.titlePlaceholder')} />
      </Form.Item>
      <Form.Item name="issuer" label={t('outcomes.designation.issuer')} rules={required}>
        <Input maxLength={100} placeholder={t('outcomes.designation.issuerPlaceholder')} />
      </Form.Item>
      <Form.Item name="documentNo" label={t('outcomes.designation.documentNo')} rules={required}>
        <Input maxLength={60} />
      </Form.Item>
      <DateField name="designatedOn" label={t('outcomes.designation.designatedOn')} rules={required} />
      <Form.Item name="fileId" label={t('outcomes.designation.document')}>
        <EvidenceField
          upload={upload}
          addLabel={t('outcomes.designation.addDocument')}
          testId="designation-document"
        />
      </Form.Item>
    </FormModal>
  );
}
