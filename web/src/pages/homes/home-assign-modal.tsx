import type { THomeCadre, THomeRoomView, TOccupantAssign } from '@zhucun/core';
import { App, Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { applyApiError } from '../../lib/form-rules.ts';
import { useAssignOccupant, useHomeCandidates } from '../../lib/home-queries.ts';

type Props = { homeId: number; room: THomeRoomView | null; onClose: () => void };
type TValues = { personId: number; since?: string | null };

/** 安排入住: a stationed cadre of the township moves into the room; those housed already are shown, not offered. */
export function HomeAssignModal({ homeId, room, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const candidates = useHomeCandidates(homeId, room !== null);
  const assign = useAssignOccupant(homeId);
  const [banner, setBanner] = useState<string | null>(null);
  const where = (c: THomeCadre) =>
    c.homeId === null
      ? ''
      : `（${t(c.homeId === homeId ? 'homes.detail.housedHere' : 'homes.detail.housedElsewhere', { room: c.roomLabel ?? '' })}）`;
  const options = (candidates.data?.items ?? []).map((c) => ({
    value: c.personId,
    label: `${c.name} · ${c.villageName} · ${c.postTitle}${where(c)}`,
    disabled: c.homeId !== null,
  }));
  const finish = (values: TValues) => {
    if (!room) return;
    setBanner(null);
    const body: TOccupantAssign = { roomId: room.id, personId: values.personId };
    if (values.since) body.since = values.since;
    assign.mutate(body, {
      onSuccess: () => {
        void message.success(t('homes.detail.assigned'));
        onClose();
      },
      onError: (error) => setBanner(applyApiError(form, error, ['personId', 'since'])),
    });
  };
  return (
    <FormModal<TValues>
      open={room !== null}
      title={t('homes.detail.assignTitle', { room: room?.label ?? '' })}
      name="home-assign"
      form={form}
      pending={assign.isPending}
      banner={banner}
      onFinish={finish}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Form.Item
        name="personId"
        label={t('homes.detail.cadre')}
        rules={[{ required: true, message: t('homes.detail.cadreRequired') }]}
      >
        <Select<number>
          showSearch={{ optionFilterProp: 'label' }}
          loading={candidates.isFetching}
          options={options}
          notFoundContent={candidates.isFetching ? undefined : t('homes.detail.noCandidates')}
        />
      </Form.Item>
      <DateField name="since" label={t('homes.detail.sinceLabel')} />
    </FormModal>
  );
}
