import { FOUR_ROLES, REQUEST_LIMITS, SATISFACTIONS, type TRequestActionPath } from '@zhucun/core';
import { App, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useRequestAction, useUploadEvidence } from '../../api/requests.ts';
import { EvidenceField } from '../../components/evidence-field.tsx';
import { FormModal } from '../../components/form-modal.tsx';

type TValues = Record<string, unknown>;

/** Drops empty optional fields so the server sees only what was written. */
function bodyOf(values: TValues): object {
  return Object.fromEntries(
    Object.entries(values).filter(
      ([, v]) => v !== undefined && v !== null && !(typeof v === 'string' && !v.trim()),
    ),
  );
}

/** One action on a request in a dialog; the server's refusal (level, state) shows above the fields. */
export function RequestActionModal({
  requestId,
  path,
  onClose,
}: {
  requestId: number;
  path: TRequestActionPath | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const act = useRequestAction();
  const evidence = useUploadEvidence();
  const [banner, setBanner] = useState<string | null>(null);
  const [shown, setShown] = useState<TRequestActionPath | null>(path);
  if (path && path !== shown) setShown(path);
  const current = path ?? shown;
  const finish = (values: TValues) => {
    if (!current) return;
    setBanner(null);
    act.mutate(
      { id: requestId, path: current, body: bodyOf(values) },
      {
        onSuccess: () => {
          void message.success(t('requests.actionDone', { action: t(`requests.actions.${current}`) }));
          onClose();
        },
        onError: (error) => setBanner(errorMessage(error)),
      },
    );
  };
  const note = (
    <Form.Item name="note" label={t('requests.form.note')}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={REQUEST_LIMITS.note} />
    </Form.Item>
  );
  const reason = (
    <Form.Item
      name="reason"
      label={t('requests.form.reason')}
      rules={[{ required: true, whitespace: true, message: t('requests.form.reasonRequired') }]}
    >
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={REQUEST_LIMITS.reason} />
    </Form.Item>
  );
  const fields: Record<TRequestActionPath, React.ReactNode> = {
    accept: (
      <>
        <Form.Item name="ownerName" label={t('requests.form.ownerName')}>
          <Input maxLength={REQUEST_LIMITS.ownerName} />
        </Form.Item>
        {note}
      </>
    ),
    start: note,
    resolve: (
      <>
        <Form.Item
          name="result"
          label={t('requests.form.result')}
          rules={[{ required: true, whitespace: true, message: t('requests.form.resultRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={REQUEST_LIMITS.result} />
        </Form.Item>
        <Form.Item name="fourRole" label={t('requests.fourRole')}>
          <Select
            allowClear
            options={FOUR_ROLES.map((r) => ({ value: r, label: t(`duty.fourRoles.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="evidenceFileId" label={t('requests.form.evidence')}>
          <EvidenceField
            upload={evidence}
            addLabel={t('requests.form.evidenceAdd')}
            testId="request-evidence-input"
          />
        </Form.Item>
      </>
    ),
    'hand-up': reason,
    duplicate: (
      <>
        <Form.Item
          name="duplicateOfId"
          label={t('requests.form.duplicateOfId')}
          rules={[{ required: true, message: t('requests.form.duplicateOfIdRequired') }]}
        >
          <InputNumber min={1} precision={0} prefix="#" style={{ width: '100%' }} />
        </Form.Item>
        {note}
      </>
    ),
    'not-ours': (
      <>
        <Form.Item
          name="responsibleParty"
          label={t('requests.form.responsibleParty')}
          rules={[{ required: true, whitespace: true, message: t('requests.form.responsiblePartyRequired') }]}
        >
          <Input maxLength={REQUEST_LIMITS.responsibleParty} />
        </Form.Item>
        {note}
      </>
    ),
    withdraw: reason,
    'follow-up': (
      <>
        <Form.Item
          name="satisfaction"
          label={t('requests.form.satisfaction')}
          rules={[{ required: true, message: t('requests.form.satisfactionRequired') }]}
        >
          <Radio.Group
            options={SATISFACTIONS.map((s) => ({ value: s, label: t(`requests.satisfactions.${s}`) }))}
          />
        </Form.Item>
        {note}
      </>
    ),
  };
  return (
    <FormModal<TValues>
      open={path !== null}
      title={current ? `${t(`requests.actions.${current}`)} · #${requestId}` : ''}
      name="request-action"
      form={form}
      pending={act.isPending}
      banner={banner}
      okText={t('requests.form.confirm')}
      onFinish={finish}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      {current && fields[current]}
    </FormModal>
  );
}
