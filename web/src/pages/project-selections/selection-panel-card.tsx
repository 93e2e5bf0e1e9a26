import { PlusOutlined } from '@ant-design/icons';
import type { TDivisionNode, TPanelMemberView, TSelection } from '@zhucun/core';
import { App, Button, Card, Form, Popconfirm, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import {
  usePanelCandidates,
  useRemovePanelMember,
  useSeatPanelMember,
} from '../../api/project-selections.ts';
import { FormModal } from '../../components/form-modal.tsx';

type TValues = { userId: number; townshipCode: string | null };

/**
 * 评审组 (the county's view): who sits on the panel, the township and unit each answers to (回避),
 * and how many projects each has scored (never the scores before the notice).
 */
export function SelectionPanelCard({
  selection: s,
  townships,
}: {
  selection: TSelection;
  townships: readonly TDivisionNode[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const [adding, setAdding] = useState(false);
  const [q, setQ] = useState('');
  const [banner, setBanner] = useState<string | null>(null);
  const candidates = usePanelCandidates(q, adding);
  const seat = useSeatPanelMember(s.id);
  const remove = useRemovePanelMember();
  const changeable = s.stage === 'nominating' || s.stage === 'scoring';
  const chosen = Form.useWatch('userId', form);
  const candidate = candidates.data?.items.find((c) => c.userId === chosen);
  const onPanel = new Set((s.panel ?? []).map((m) => m.userId));

  return (
    <Card
      size="small"
      title={t('projectSelections.panel.title', { count: s.panel?.length ?? 0 })}
      extra={
        changeable && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('projectSelections.panel.add')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('projectSelections.panel.hint')}</Typography.Paragraph>
      <Table<TPanelMemberView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={s.panel ?? []}
        columns={[
          { title: t('projectSelections.panel.name'), dataIndex: 'name' },
          {
            title: t('projectSelections.panel.township'),
            dataIndex: 'townshipName',
            render: (v) => v ?? '—',
          },
          { title: t('projectSelections.panel.unit'), dataIndex: 'unitName', render: (v) => v ?? '—' },
          { title: t('projectSelections.panel.scored'), dataIndex: 'scored', align: 'right' },
          {
            title: '',
            key: 'remove',
            render: (_, m) =>
              changeable && m.scored === 0 ? (
                <Popconfirm
                  title={t('projectSelections.panel.removeConfirm', { name: m.name })}
                  onConfirm={() =>
                    remove.mutateAsync(m.id).catch((e: unknown) => void message.error(errorMessage(e)))
                  }
                >
                  <Button size="small" type="link" danger>
                    {t('projectSelections.panel.remove')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
      <FormModal<TValues>
        open={adding}
        title={t('projectSelections.panel.add')}
        name="selection-panel"
        form={form}
        pending={seat.isPending}
        banner={banner}
        onFinish={(v) =>
          seat
            .mutateAsync({
              userId: v.userId,
              townshipCode: v.townshipCode ?? null,
              unitId: candidate?.unitId ?? null,
            })
            .then(
              () => {
                setBanner(null);
                setAdding(false);
              },
              (e: unknown) => setBanner(errorMessage(e)),
            )
        }
        onClose={() => setAdding(false)}
        onAfterClose={() => {
          setBanner(null);
          setQ('');
        }}
      >
        <Form.Item name="userId" label={t('projectSelections.panel.account')} rules={[{ required: true }]}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            loading={candidates.isFetching}
            onChange={(id: number) => {
              const c = candidates.data?.items.find((x) => x.userId === id);
              form.setFieldValue('townshipCode', c?.townshipCode ?? null);
            }}
            options={(candidates.data?.items ?? [])
              .filter((c) => !onPanel.has(c.userId))
              .map((c) => ({ value: c.userId, label: `${c.name}（${c.username}）` }))}
          />
        </Form.Item>
        <Form.Item
          name="townshipCode"
          label={t('projectSelections.panel.township')}
          extra={t('projectSelections.panel.townshipHint')}
        >
          <Select allowClear options={townships.map((tw) => ({ value: tw.code, label: tw.name }))} />
        </Form.Item>
        <Typography.Text type="secondary">
          {t('projectSelections.panel.unitLine', {
            unit: candidate?.unitName ?? t('projectSelections.panel.noUnit'),
          })}
        </Typography.Text>
      </FormModal>
    </Card>
  );
}
