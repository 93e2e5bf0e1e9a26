import { SELECTION_LIMITS } from '@zhucun/core';
import { Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useNominate } from '../../api/project-selections.ts';
import { useProjectList } from '../../api/projects.ts';
import { FormModal } from '../../components/form-modal.tsx';

const NOMINABLE = ['filed', 'in_progress', 'acceptance', 'done'];
type TValues = { projectId: number; reason: string };

/** 推荐项目: the township picks one of its filed projects and says why it is excellent. */
export function SelectionNominateModal({
  selectionId,
  nominated,
  open,
  onClose,
}: {
  selectionId: number;
  nominated: readonly number[];
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const nominate = useNominate(selectionId);
  const projects = useProjectList({ page: 1, pageSize: 200 });
  const [banner, setBanner] = useState<string | null>(null);
  const options = (projects.data?.items ?? [])
    .filter((p) => NOMINABLE.includes(p.state) && !nominated.includes(p.id))
    .map((p) => ({ value: p.id, label: `${p.title}（${p.villages.map((v) => v.name).join('、')}）` }));
  return (
    <FormModal<TValues>
      open={open}
      title={t('projectSelections.nominate.title')}
      name="selection-nominate"
      form={form}
      pending={nominate.isPending}
      banner={banner}
      okText={t('projectSelections.nominate.submit')}
      onFinish={(v) =>
        nominate.mutateAsync(v).then(
          () => {
            setBanner(null);
            onClose();
          },
          (error: unknown) => setBanner(errorMessage(error)),
        )
      }
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Form.Item
        name="projectId"
        label={t('projectSelections.nominate.project')}
        rules={[{ required: true, message: t('projectSelections.nominate.projectRequired') }]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          loading={projects.isPending}
          options={options}
          notFoundContent={t('projectSelections.nominate.none')}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('projectSelections.nominate.reason')}
        rules={[
          { required: true, whitespace: true, message: t('projectSelections.nominate.reasonRequired') },
        ]}
      >
        <Input.TextArea
          rows={4}
          maxLength={SELECTION_LIMITS.reason}
          placeholder={t('projectSelections.nominate.reasonPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
