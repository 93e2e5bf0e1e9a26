import type { TRequestCreate } from '@zhucun/core';
import { App, Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { useCreateRequest } from '../../api/requests.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { RequestFields } from '../../components/request-fields.tsx';

/** 登记诉求: a request heard anywhere else than on a visit; opens it once registered. */
export function RequestCreateModal({
  open,
  villages,
  onClose,
}: {
  open: boolean;
  villages: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<TRequestCreate>();
  const create = useCreateRequest();
  const [banner, setBanner] = useState<string | null>(null);
  const finish = (values: TRequestCreate) => {
    setBanner(null);
    create.mutate(values, {
      onSuccess: (view) => {
        void message.success(t('requests.queue.registered'));
        onClose();
        void navigate(`/requests/${view.id}`);
      },
      onError: (error) => setBanner(errorMessage(error)),
    });
  };
  return (
    <FormModal<TRequestCreate>
      open={open}
      title={t('requests.queue.registerTitle')}
      name="request-create"
      form={form}
      pending={create.isPending}
      banner={banner}
      initialValues={{
        villageCode: villages.length === 1 ? villages[0]?.value : undefined,
        urgency: 'normal',
      }}
      onFinish={finish}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Form.Item
        name="villageCode"
        label={t('requests.village')}
        rules={[{ required: true, message: t('requests.villageRequired') }]}
      >
        <Select showSearch={{ optionFilterProp: 'label' }} options={villages} />
      </Form.Item>
      <RequestFields />
    </FormModal>
  );
}
