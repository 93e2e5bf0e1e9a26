import type { TDutyListVersion } from '@zhucun/core';
import { Alert, App, DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/client.ts';
import { usePublishDutyList } from '../../api/duty-lists.ts';

type Props = {
  open: boolean;
  /** The latest published version's date: a new one may not take effect before it. */
  minDate: string | null;
  /** Saves the lines on screen as the draft first (null when refused: the page shows why). */
  saveDraft: () => Promise<TDutyListVersion | null>;
  onClose: () => void;
  onPublished: () => void;
};

/** Publishing: the lines on screen are saved as the draft, then published from the chosen date. */
export function DutyListPublishModal({ open, minDate, saveDraft, onClose, onPublished }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const publish = usePublishDutyList();
  const today = dayjs().format('YYYY-MM-DD');
  const earliest = minDate && minDate > today ? minDate : today;
  const [date, setDate] = useState<Dayjs | null>(dayjs(earliest));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setFieldError(null);
    setBanner(null);
    if (!date) return;
    setBusy(true);
    try {
      const draft = await saveDraft();
      if (!draft) {
        onClose();
        return;
      }
      const v = await publish.mutateAsync({
        id: draft.id,
        body: { effectiveFrom: date.format('YYYY-MM-DD') },
      });
      void message.success(t('dutyLists.published', { no: v.versionNo, date: v.effectiveFrom }));
      onClose();
      onPublished();
    } catch (error) {
      const detail =
        error instanceof ApiError ? error.details.find((d) => d.field === 'effectiveFrom') : undefined;
      if (detail) setFieldError(detail.message);
      else setBanner(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('dutyLists.publishTitle')}
      okText={t('dutyLists.publish')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {banner && <Alert type="error" showIcon message={banner} style={{ marginBottom: 12 }} />}
      <Form layout="vertical">
        <Form.Item
          label={t('dutyLists.effectiveFrom')}
          extra={t('dutyLists.effectiveFromHint')}
          validateStatus={fieldError ? 'error' : undefined}
          help={fieldError ?? undefined}
          htmlFor="duty-list-effective-from"
        >
          <DatePicker
            id="duty-list-effective-from"
            value={date}
            onChange={setDate}
            allowClear={false}
            disabledDate={(d) => d.format('YYYY-MM-DD') < earliest}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
