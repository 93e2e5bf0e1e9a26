import { BarChartOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomeFundingCards } from '../../components/home-funding-cards.tsx';
import { HomeFundingCorrectModal } from '../../components/home-funding-correct-modal.tsx';
import { HomeFundingEntryModal } from '../../components/home-funding-entry-modal.tsx';
import { HomeFundingTable } from '../../components/home-funding-table.tsx';
import { HomeFundingTotals } from '../../components/home-funding-totals.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { ledgerRows, type TLedgerRow } from '../../lib/home-funding.ts';
import {
  fundingXlsxUrl,
  useCorrectFunding,
  useCreateFunding,
  useFundingLedger,
  useUploadVoucher,
  voucherUrl,
} from '../../lib/home-funding-queries.ts';
import { useHome } from '../../lib/home-queries.ts';

/** The funding ledger of one home (统一资金): entries, totals by source, and the forms to add and correct. */
export function HomeFundingPanel({ homeId, canWrite }: { homeId: number; canWrite: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ledger = useFundingLedger(homeId);
  // the home's township, for the export (the detail page has it loaded: same query)
  const home = useHome(homeId);
  const create = useCreateFunding(homeId);
  const correct = useCorrectFunding(homeId);
  const upload = useUploadVoucher();
  const [adding, setAdding] = useState(false);
  const [correcting, setCorrecting] = useState<TLedgerRow | null>(null);
  const township = home.data?.townshipCode;
  // a table on a desk, a card per entry on a phone
  const Entries = useIsMobile() ? HomeFundingCards : HomeFundingTable;

  return (
    <Card data-testid="home-funding-panel" title={t('homeFunding.title')}>
      {/* in the body, not the card's extra: on a 360-px phone the extra pushes the title out */}
      <Space wrap style={{ marginBottom: 12 }}>
        <Link to={township ? `/homes/funding?township=${township}` : '/homes/funding'}>
          <BarChartOutlined /> {t('homeFunding.summaryLink')}
        </Link>
        <Button icon={<DownloadOutlined />} href={fundingXlsxUrl({ township })} download disabled={!township}>
          {t('homeFunding.export')}
        </Button>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('homeFunding.add')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary">{t('homeFunding.hint')}</Typography.Paragraph>
      {ledger.isError ? (
        <LoadError error={ledger.error} onRetry={() => void ledger.refetch()} />
      ) : (
        <>
          {ledger.data && <HomeFundingTotals totals={ledger.data.totals} />}
          <Entries
            rows={ledgerRows(ledger.data?.entries ?? [])}
            loading={ledger.isPending || ledger.isFetching}
            voucherHref={(entryId) => voucherUrl(homeId, entryId)}
            onCorrect={canWrite ? setCorrecting : undefined}
          />
        </>
      )}
      {canWrite && (
        <>
          <HomeFundingEntryModal
            open={adding}
            pending={create.isPending}
            upload={upload}
            onClose={() => setAdding(false)}
            onSave={async (body) => {
              await create.mutateAsync(body);
              setAdding(false);
              void message.success(t('homeFunding.added'));
            }}
          />
          <HomeFundingCorrectModal
            entry={correcting}
            pending={correct.isPending}
            upload={upload}
            onClose={() => setCorrecting(null)}
            onSave={async (entryId, body) => {
              await correct.mutateAsync({ entryId, body });
              setCorrecting(null);
              void message.success(t('homeFunding.corrected'));
            }}
          />
        </>
      )}
    </Card>
  );
}
