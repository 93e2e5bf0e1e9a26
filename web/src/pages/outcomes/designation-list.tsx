import type { TDesignation, TDesignationQuery } from '@zhucun/core';
import { Button, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { designationDocumentUrl, useDesignations } from '../../api/outcomes.ts';
import { LoadError } from '../../components/load-error.tsx';
import { OutcomeStateTag } from './outcome-state-tag.tsx';

type Props = {
  filter: TDesignationQuery;
  canReport: boolean;
  canReview: boolean;
  isMobile: boolean;
  onCorrect: (d: TDesignation) => void;
  onApprove: (id: number) => void;
  onReturn: (id: number) => void;
};

/** Villages' demonstration designations with their level, date, document and review. */
export function DesignationList(p: Props) {
  const { t } = useTranslation();
  const list = useDesignations(p.filter);
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  const columns = [
    {
      title: t('outcomes.village'),
      key: 'village',
      render: (_: unknown, d: TDesignation) => `${d.townshipName} · ${d.villageName}`,
    },
    {
      title: t('outcomes.designation.kind'),
      key: 'kind',
      render: (_: unknown, d: TDesignation) => <Tag>{t(`outcomes.kinds.${d.kind}`)}</Tag>,
    },
    { title: t('outcomes.designation.titleField'), dataIndex: 'title', key: 'title' },
    {
      title: t('outcomes.designation.level'),
      key: 'level',
      width: 80,
      render: (_: unknown, d: TDesignation) => t(`outcomes.levels.${d.level}`),
    },
    { title: t('outcomes.designation.designatedOn'), dataIndex: 'designatedOn', key: 'on', width: 110 },
    {
      title: t('outcomes.designation.documentNo'),
      key: 'doc',
      render: (_: unknown, d: TDesignation) => (
        <Space direction="vertical" size={0}>
          <span>{`${d.issuer} ${d.documentNo}`}</span>
          {d.hasFile && (
            <a href={designationDocumentUrl(d.id)} target="_blank" rel="noreferrer">
              {t('outcomes.designation.viewDocument')}
            </a>
          )}
        </Space>
      ),
    },
    {
      title: t('outcomes.review.state'),
      key: 'state',
      render: (_: unknown, d: TDesignation) => <OutcomeStateTag item={d} />,
    },
    {
      title: '',
      key: 'actions',
      width: 170,
      render: (_: unknown, d: TDesignation) => (
        <Space size={0} wrap>
          {p.canReport && d.state !== 'approved' && (
            <Button type="link" size="small" onClick={() => p.onCorrect(d)}>
              {t('outcomes.review.correct')}
            </Button>
          )}
          {p.canReview && d.state === 'submitted' && (
            <>
              <Button type="link" size="small" onClick={() => p.onApprove(d.id)}>
                {t('outcomes.review.approve')}
              </Button>
              <Button type="link" size="small" danger onClick={() => p.onReturn(d.id)}>
                {t('outcomes.review.return')}
              </Button>
            </>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<TDesignation>
      rowKey="id"
      size={p.isMobile ? 'small' : 'middle'}
      loading={list.isFetching}
      dataSource={list.data?.items ?? []}
      columns={columns}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 1000 }}
      locale={{ emptyText: t('outcomes.designation.empty') }}
    />
  );
}
