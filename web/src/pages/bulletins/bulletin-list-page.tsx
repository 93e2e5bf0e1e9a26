import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { TBulletinList } from '@zhucun/core';
import { App, Button, Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { bulletinDocxUrl, useBulletins, useCreateBulletin } from '../../api/bulletins.ts';
import { errorMessage } from '../../api/client.ts';
import { LoadError } from '../../components/load-error.tsx';

type TItem = TBulletinList['items'][number];

/** `/bulletins`: 简报 — the county's issues, newest first; a new issue takes the proposed numbers. */
export function BulletinListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canWrite = useSession().data?.user.permissions.includes('bulletins:write') ?? false;
  const bulletins = useBulletins();
  const create = useCreateBulletin();
  const start = () =>
    create.mutate(
      {},
      {
        onSuccess: (d) => {
          void message.success(t('bulletins.created', { issueNo: d.bulletin.issueNo }));
          void navigate(`/bulletins/${d.bulletin.id}`);
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  const columns = [
    {
      title: t('bulletins.number'),
      key: 'number',
      width: 200,
      render: (_: unknown, b: TItem) => (
        <Link to={`/bulletins/${b.id}`}>{t('bulletins.numberValue', b)}</Link>
      ),
    },
    { title: t('bulletins.headline'), dataIndex: 'headline' },
    { title: t('bulletins.issuedOn'), dataIndex: 'issuedOn', width: 120 },
    { title: t('bulletins.asOf'), dataIndex: 'asOf', width: 120 },
    {
      title: t('bulletins.state'),
      key: 'state',
      width: 100,
      render: (_: unknown, b: TItem) => (
        <Tag color={b.state === 'issued' ? 'green' : 'blue'}>{t(`bulletins.states.${b.state}`)}</Tag>
      ),
    },
    {
      title: '',
      key: 'download',
      width: 140,
      render: (_: unknown, b: TItem) => (
        <Button type="link" size="small" icon={<DownloadOutlined />} href={bulletinDocxUrl(b.id)} download>
          {t('bulletins.download')}
        </Button>
      ),
    },
  ];
  const next = bulletins.data?.next;
  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('bulletins.title')}</Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} loading={create.isPending} onClick={start}>
            {t('bulletins.create')}
          </Button>
        )}
      </div>
      <Typography.Paragraph type="secondary">{t('bulletins.intro')}</Typography.Paragraph>
      {canWrite && next && <Typography.Paragraph>{t('bulletins.nextNumbers', next)}</Typography.Paragraph>}
      <Card>
        {bulletins.isError ? (
          <LoadError error={bulletins.error} onRetry={() => void bulletins.refetch()} />
        ) : (
          <Table<TItem>
            rowKey="id"
            loading={bulletins.isPending}
            dataSource={bulletins.data?.items ?? []}
            columns={columns}
            pagination={false}
            locale={{ emptyText: t('bulletins.empty') }}
          />
        )}
      </Card>
    </>
  );
}
