import { PaperClipOutlined } from '@ant-design/icons';
import type { TSpotCheckFinding, TSpotCheckItem } from '@zhucun/core';
import { Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { spotCheckEvidenceUrl } from '../api/spot-checks.ts';
import { excusedByRest, excuseText, findingLabel } from '../lib/spot-check-text.ts';
import { CardList } from './card-list.tsx';
import { useTablePagination } from './paging.ts';
import { useIsMobile } from './use-is-mobile.ts';

type Props = { checks: readonly TSpotCheckItem[]; loading: boolean; empty: ReactNode };

const FINDING_COLOR: Record<TSpotCheckFinding, string> = {
  present: 'green',
  absent: 'orange',
  excused: 'gold',
};

/** The cadre's statement on the check, when they gave one. */
function Answer({ c }: { c: TSpotCheckItem }) {
  const { t } = useTranslation();
  if (!c.answer) return null;
  return (
    <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
      <Typography.Text mark>{t('dutyReview.spotChecks.answer', { text: c.answer.text })}</Typography.Text>
    </Typography.Paragraph>
  );
}

/** Why a check is excused, under its tags. */
function ExcusedBy({ c }: { c: TSpotCheckItem }) {
  const { t } = useTranslation();
  const text = excuseText(c, t);
  if (!text) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
      {text}
    </Typography.Text>
  );
}

function FindingTags({ c }: { c: TSpotCheckItem }) {
  const { t } = useTranslation();
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      <Tag color={excusedByRest(c) ? 'default' : FINDING_COLOR[c.finding]} style={{ marginInlineEnd: 0 }}>
        {findingLabel(c, t)}
      </Tag>
      {c.discrepancy && (
        <Tooltip title={t('dutyReview.spotChecks.discrepancyHint')}>
          <Tag color="red" style={{ marginInlineEnd: 0 }}>
            {t('dutyReview.spotChecks.discrepancy')}
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}

/** Spot checks, newest first as the server gives them: a table on desktops, cards on phones. */
export function DutyReviewSpotCheckList({ checks, loading, empty }: Props) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const paging = {
    ...page,
    total: checks.length,
    onChange: (p: number, pageSize: number) =>
      setPage({ page: pageSize === page.pageSize ? p : 1, pageSize }),
  };
  const pagination = useTablePagination(paging);
  const when = (c: TSpotCheckItem) => `${c.localTime} · ${t(`dutyReview.spotChecks.methods.${c.method}`)}`;
  const absences = (c: TSpotCheckItem) =>
    c.absencesThisYear > 0 ? (
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
        {t('dutyReview.spotChecks.absencesThisYear', { count: c.absencesThisYear })}
      </Typography.Text>
    ) : null;

  if (isMobile) {
    if (checks.length === 0) return loading ? null : empty;
    const shown = checks.slice((page.page - 1) * page.pageSize, page.page * page.pageSize);
    return (
      <CardList items={shown} label={t('dutyReview.spotChecks.list')} keyOf={(c) => c.id} paging={paging}>
        {(c) => (
          <div>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'baseline' }}>
              <Typography.Text strong className="zc-ellipsis">
                {c.personName}
              </Typography.Text>
              <FindingTags c={c} />
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {c.villageName} · {when(c)}
            </Typography.Text>
            <ExcusedBy c={c} />
            {c.note && <div style={{ marginTop: 4, whiteSpace: 'pre-wrap' }}>{c.note}</div>}
            <Answer c={c} />
            <EvidenceLink c={c} />
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {t('dutyReview.spotChecks.checkedBy')}：{c.checkedBy}
            </Typography.Text>
            {absences(c)}
          </div>
        )}
      </CardList>
    );
  }

  const columns: TableColumnsType<TSpotCheckItem> = [
    { title: t('dutyReview.spotChecks.time'), dataIndex: 'localTime', key: 'time', width: 150 },
    {
      title: t('dutyReview.person'),
      key: 'person',
      width: 160,
      render: (_v, c) => (
        <>
          <Typography.Text strong>{c.personName}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{c.villageName}</Typography.Text>
        </>
      ),
    },
    {
      title: t('dutyReview.spotChecks.method'),
      key: 'method',
      width: 100,
      render: (_v, c) => t(`dutyReview.spotChecks.methods.${c.method}`),
    },
    {
      title: t('dutyReview.spotChecks.finding'),
      key: 'finding',
      width: 150,
      render: (_v, c) => (
        <>
          <FindingTags c={c} />
          <ExcusedBy c={c} />
          {absences(c)}
        </>
      ),
    },
    {
      title: t('dutyReview.spotChecks.note'),
      key: 'note',
      render: (_v, c) => (
        <>
          {c.note ?? <Typography.Text type="secondary">—</Typography.Text>}
          <Answer c={c} />
          <EvidenceLink c={c} />
        </>
      ),
    },
    { title: t('dutyReview.spotChecks.checkedBy'), dataIndex: 'checkedBy', key: 'by', width: 160 },
  ];
  return (
    <Table<TSpotCheckItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...checks]}
      loading={loading}
      pagination={pagination}
      locale={{ emptyText: loading ? ' ' : empty }}
      scroll={{ x: 860 }}
    />
  );
}

/** A link to a check's photo or screenshot, when one was attached. */
function EvidenceLink({ c }: { c: TSpotCheckItem }) {
  const { t } = useTranslation();
  if (!c.hasFile) return null;
  return (
    <div>
      <a href={spotCheckEvidenceUrl(c.id)} target="_blank" rel="noreferrer">
        <PaperClipOutlined /> {t('dutyReview.spotChecks.evidenceLink')}
      </a>
    </div>
  );
}
