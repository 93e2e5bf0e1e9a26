import { PlusOutlined } from '@ant-design/icons';
import type { TConductItem, TConductItemRequest } from '@zhucun/core';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { errorMessage } from '../../api/client.ts';
import { useChangeCatalogue, useConductCatalogue } from '../../api/violations.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { applyApiError } from '../../lib/form-rules.ts';
import { ConductItemList } from './conduct-item-list.tsx';

/** Adds or changes an item: its wording, deduction and veto. */
function ItemModal({
  editing,
  onSave,
  pending,
  onClose,
}: {
  editing: TConductItem | 'new' | null;
  onSave: (body: TConductItemRequest) => Promise<unknown>;
  pending: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TConductItemRequest>();
  const [banner, setBanner] = useState<string | null>(null);
  const c = 'violations.catalogue';
  return (
    <FormModal<TConductItemRequest>
      open={editing !== null}
      title={t(editing === 'new' ? `${c}.add` : `${c}.edit`)}
      name="conduct-item"
      form={form}
      pending={pending}
      banner={banner}
      initialValues={editing && editing !== 'new' ? editing : { deduction: 2, veto: false }}
      onFinish={(values) =>
        onSave(values)
          .then(onClose)
          .catch((error: unknown) => setBanner(applyApiError(form, error, ['conduct', 'deduction', 'veto'])))
      }
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Form.Item
        name="conduct"
        label={t(`${c}.conduct`)}
        rules={[{ required: true, whitespace: true, min: 2, max: 200 }]}
      >
        <Input.TextArea rows={2} maxLength={200} />
      </Form.Item>
      <Form.Item name="deduction" label={t(`${c}.deduction`)} rules={[{ required: true }]}>
        <InputNumber min={0} max={100} precision={0} />
      </Form.Item>
      <Form.Item name="veto" valuePropName="checked">
        <Checkbox>{t(`${c}.veto`)}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}

/** `/violations/catalogue`: the county's negative list of conduct by year; this year and later ones editable. */
export function ConductCataloguePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || dayjs().year();
  const catalogue = useConductCatalogue(year);
  const change = useChangeCatalogue(year);
  const canManage = useSession().data?.user.permissions.includes('conduct:manage') ?? false;
  const [editing, setEditing] = useState<TConductItem | 'new' | null>(null);
  const isMobile = useIsMobile();
  const c = 'violations.catalogue';
  if (catalogue.isError)
    return <LoadError error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  const data = catalogue.data;
  const editable = canManage && data !== undefined && !data.closed;
  const fail = (error: unknown) => void message.error(errorMessage(error));
  const actionsOf = (i: TConductItem) =>
    i.retired ? null : (
      <Space>
        {!i.used && (
          <Button size="small" onClick={() => setEditing(i)}>
            {t(`${c}.edit`)}
          </Button>
        )}
        <Popconfirm
          title={t(`${c}.retireConfirm`)}
          onConfirm={() => change.retire.mutateAsync(i.id).catch(fail)}
        >
          <Button size="small" danger>
            {t(`${c}.retire`)}
          </Button>
        </Popconfirm>
      </Space>
    );
  return (
    <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t(`${c}.title`)}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t(`${c}.hint`)}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t(`${c}.year`)}</span>
        <InputNumber
          aria-label={t(`${c}.year`)}
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && setParams({ year: String(v) })}
          style={{ width: 100 }}
        />
        {data?.closed && <Tag>{t(`${c}.closed`)}</Tag>}
        {data && (
          <span>
            {t(`${c}.answerDays`)}：
            {editable ? (
              <InputNumber
                aria-label={t(`${c}.answerDays`)}
                key={`${year}-${data.answerDays}`}
                min={1}
                max={30}
                precision={0}
                defaultValue={data.answerDays}
                onBlur={(e) => {
                  const n = Number(e.target.value);
                  if (n && n !== data.answerDays)
                    change.answerDays.mutateAsync(n).then(() => void message.success(t(`${c}.saved`)), fail);
                }}
                style={{ width: 70 }}
              />
            ) : (
              data.answerDays
            )}
          </span>
        )}
        {editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t(`${c}.add`)}
          </Button>
        )}
      </Space>
      {data && data.items.length === 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t(`${c}.notStarted`, { year })}
          action={
            editable && (
              <Button onClick={() => change.copy.mutateAsync().catch(fail)} loading={change.copy.isPending}>
                {t(`${c}.copy`)}
              </Button>
            )
          }
        />
      )}
      {isMobile ? (
        <ConductItemList items={data?.items ?? []} actions={editable ? actionsOf : undefined} />
      ) : (
        <Table<TConductItem>
          rowKey="id"
          size="middle"
          loading={catalogue.isFetching}
          dataSource={data?.items ?? []}
          pagination={false}
          columns={[
            { title: '#', dataIndex: 'position', width: 50 },
            {
              title: t(`${c}.conduct`),
              key: 'conduct',
              render: (_, i) => (
                <Space wrap size={4}>
                  <Typography.Text delete={i.retired}>{i.conduct}</Typography.Text>
                  {i.used && <Tag>{t(`${c}.used`)}</Tag>}
                  {i.retired && <Tag>{t(`${c}.retired`)}</Tag>}
                </Space>
              ),
            },
            { title: t(`${c}.deduction`), dataIndex: 'deduction', width: 80 },
            {
              title: t(`${c}.veto`),
              key: 'veto',
              width: 100,
              render: (_, i) => (i.veto ? <Tag color="red">{t('violations.veto')}</Tag> : null),
            },
            ...(editable
              ? [
                  {
                    title: '',
                    key: 'actions',
                    width: 150,
                    render: (_: unknown, i: TConductItem) => actionsOf(i),
                  },
                ]
              : []),
          ]}
        />
      )}
      <ItemModal
        editing={editing}
        pending={change.add.isPending || change.update.isPending}
        onClose={() => setEditing(null)}
        onSave={(body) =>
          editing === 'new' || editing === null
            ? change.add.mutateAsync(body)
            : change.update.mutateAsync({ id: editing.id, body })
        }
      />
    </Card>
  );
}
