import { PAIR_END_REASONS, type TMentorLevel, type TMentorPair, type TPairEndReason } from '@zhucun/core';
import { App, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { useAssignMentor, useEndPair, useMentorAccounts } from '../../api/mentoring.ts';
import { DateField } from '../../components/date-field.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { applyApiError } from '../../lib/form-rules.ts';

/** Whom to pair, and at which levels the caller may (the first one chosen). */
export type TAssignTarget = { personId: number; name: string; levels: TMentorLevel[] };

type TAssignValues = { level: TMentorLevel; mentorUserId: number; startDate: string };

/** 安排导师: a level, an account holding the mentor role, a start date; where to make an account if none fits. */
export function AssignMentorModal({
  target,
  onClose,
}: {
  target: TAssignTarget | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TAssignValues>();
  const assign = useAssignMentor();
  const mentors = useMentorAccounts(target !== null);
  const canCreateAccounts = useSession().data?.user.permissions.includes('users:write') ?? false;
  const [banner, setBanner] = useState<string | null>(null);
  const required = (message: string) => [{ required: true, message }];
  const submit = (values: TAssignValues) => {
    if (!target) return;
    assign.mutate(
      { personId: target.personId, ...values },
      {
        onSuccess: () => {
          void message.success(t('mentoring.assigned'));
          onClose();
        },
        onError: (error) => setBanner(applyApiError(form, error, ['level', 'mentorUserId', 'startDate'])),
      },
    );
  };
  return (
    <FormModal
      open={target !== null}
      title={t('mentoring.assignTitle', { name: target?.name ?? '' })}
      name="assign-mentor"
      form={form}
      pending={assign.isPending}
      banner={banner}
      okText={t('mentoring.assign')}
      initialValues={{ level: target?.levels[0], startDate: dayjs().format('YYYY-MM-DD') }}
      onFinish={submit}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Form.Item name="level" label={t('mentoring.level')} rules={required(t('mentoring.pickLevel'))}>
        <Select
          options={(target?.levels ?? []).map((level) => ({
            value: level,
            label: t(`mentoring.levels.${level}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="mentorUserId"
        label={t('mentoring.mentorAccount')}
        rules={required(t('mentoring.pickMentor'))}
        extra={
          <span>
            {t('mentoring.noMentorAccount')}{' '}
            {canCreateAccounts ? (
              <>
                <Link to="/users" target="_blank">
                  {t('mentoring.createMentorAccount')}
                </Link>
                {t('mentoring.createMentorAccountHint')}
              </>
            ) : (
              t('mentoring.askCounty')
            )}
          </span>
        }
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={mentors.isPending}
          options={(mentors.data?.items ?? []).map((m) => ({
            value: m.id,
            label: t('mentoring.mentorOption', {
              name: m.displayName,
              username: m.username,
              count: m.activeMentees,
            }),
          }))}
        />
      </Form.Item>
      <DateField
        name="startDate"
        label={t('mentoring.startDate')}
        rules={required(t('mentoring.pickDate'))}
      />
    </FormModal>
  );
}

type TEndValues = { endDate: string; endReason: TPairEndReason; endNote?: string };

/** 结束结对: a date, a reason and an optional note; the pair stays in the history. */
export function EndPairModal({
  pair,
  onClose,
}: {
  pair: Pick<TMentorPair, 'id' | 'level' | 'mentorName'> | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TEndValues>();
  const end = useEndPair();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = (values: TEndValues) => {
    if (!pair) return;
    end.mutate(
      { pairId: pair.id, ...values, endNote: values.endNote?.trim() || null },
      {
        onSuccess: () => {
          void message.success(t('mentoring.ended'));
          onClose();
        },
        onError: (error) => setBanner(applyApiError(form, error, ['endDate', 'endReason', 'endNote'])),
      },
    );
  };
  return (
    <FormModal
      open={pair !== null}
      title={
        pair
          ? t('mentoring.endTitle', { mentor: pair.mentorName, level: t(`mentoring.levels.${pair.level}`) })
          : ''
      }
      name="end-pair"
      form={form}
      pending={end.isPending}
      banner={banner}
      okText={t('mentoring.end')}
      initialValues={{ endDate: dayjs().format('YYYY-MM-DD') }}
      onFinish={submit}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <DateField
        name="endDate"
        label={t('mentoring.endDate')}
        rules={[{ required: true, message: t('mentoring.pickEndDate') }]}
      />
      <Form.Item
        name="endReason"
        label={t('mentoring.endReason')}
        rules={[{ required: true, message: t('mentoring.pickEndReason') }]}
      >
        <Select
          options={PAIR_END_REASONS.map((r) => ({ value: r, label: t(`mentoring.endReasons.${r}`) }))}
        />
      </Form.Item>
      <Form.Item name="endNote" label={t('mentoring.endNote')}>
        <Input.TextArea rows={2} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
