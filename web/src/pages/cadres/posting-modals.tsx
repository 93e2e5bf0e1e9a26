import { END_REASONS, type TDivisionNode, type TEndReason } from '@zhucun/core';
import { App, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddPosting, useEndPosting } from '../../api/cadres.ts';
import type { TOption } from '../../components/cadre-filters.tsx';
import { DateField } from '../../components/date-field.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { PostingFields } from '../../components/posting-fields.tsx';
import { type TPostingValues, toPostingInput } from '../../lib/cadre-form.ts';
import { applyApiError } from '../../lib/form-rules.ts';

type TEndValues = { actualEndDate: string; endReason: TEndReason; endNote?: string };

/** 结束任职: date, reason and an optional note. */
export function PostingEndModal({ postingId, onClose }: { postingId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TEndValues>();
  const end = useEndPosting();
  const [banner, setBanner] = useState<string | null>(null);
  const picked = (field: string) => [{ required: true, message: t('cadre.pick', { field }) }];
  const submit = (values: TEndValues) => {
    if (postingId === null) return;
    const body = { ...values, endNote: values.endNote?.trim() || null };
    end.mutate(
      { postingId, ...body },
      {
        onSuccess: () => {
          void message.success(t('cadre.saved'));
          onClose();
        },
        onError: (error) => setBanner(applyApiError(form, error, ['actualEndDate', 'endReason', 'endNote'])),
      },
    );
  };
  return (
    <FormModal
      open={postingId !== null}
      title={t('cadre.endTitle')}
      name="end-posting"
      form={form}
      pending={end.isPending}
      banner={banner}
      initialValues={{ actualEndDate: dayjs().format('YYYY-MM-DD') }}
      onFinish={submit}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <DateField
        name="actualEndDate"
        label={t('cadre.actualEndDate')}
        rules={picked(t('cadre.actualEndDate'))}
      />
      <Form.Item name="endReason" label={t('cadre.endReason')} rules={picked(t('cadre.endReason'))}>
        <Select options={END_REASONS.map((r) => ({ value: r, label: t(`registry.endReasons.${r}`) }))} />
      </Form.Item>
      <Form.Item name="endNote" label={t('cadre.endNote')}>
        <Input.TextArea rows={2} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}

type TAddProps = {
  cadreId: number;
  open: boolean;
  divisions: readonly TDivisionNode[];
  units: readonly TOption<number>[];
  onClose: () => void;
};

/** 新增任职, for a cadre with no active posting. */
export function PostingAddModal({ cadreId, open, divisions, units, onClose }: TAddProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TPostingValues>();
  const add = useAddPosting();
  const [banner, setBanner] = useState<string | null>(null);
  const fields = [
    'villageCode',
    'category',
    'postTitle',
    'unitId',
    'startDate',
    'plannedEndDate',
    'isTeamLeader',
  ];
  return (
    <FormModal
      open={open}
      title={t('cadre.addTitle')}
      width={760}
      name="add-posting"
      form={form}
      pending={add.isPending}
      banner={banner}
      onFinish={(values) =>
        add.mutate(
          { cadreId, ...toPostingInput(values) },
          {
            onSuccess: () => {
              void message.success(t('cadre.saved'));
              onClose();
            },
            onError: (error) => setBanner(applyApiError(form, error, fields)),
          },
        )
      }
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <PostingFields divisions={divisions} units={units} />
    </FormModal>
  );
}
