import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TAuditFilter, useAuditLog, useVerifyAudit } from '../../api/audit.ts';
import { errorMessage } from '../../api/client.ts';
import { AuditCards } from '../../components/audit-cards.tsx';
import { AuditFilters } from '../../components/audit-filters.tsx';
import { AuditTable } from '../../components/audit-table.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';

/** `/audit`: filter the audit log and verify its hash chain. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [filter, setFilter] = useState<TAuditFilter>({ page: 1, pageSize: 50 });
  const log = useAuditLog(filter);
  const verify = useVerifyAudit();
  const result = verify.data;
  const AuditList = isMobile ? AuditCards : AuditTable;
  const paging = {
    page: filter.page,
    pageSize: filter.pageSize,
    total: log.data?.total ?? 0,
    onChange: (page: number, pageSize: number) => setFilter((f) => ({ ...f, page, pageSize })),
  };

  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('audit.title')}</Typography.Title>
        <Button
          icon={<SafetyCertificateOutlined />}
          loading={verify.isPending}
          onClick={() => verify.mutate()}
        >
          {t('audit.verify')}
        </Button>
      </div>
      {verify.isError && (
        <Alert type="error" showIcon title={errorMessage(verify.error)} style={{ marginBottom: 16 }} />
      )}
      {result && (
        <Alert
          type={result.intact ? 'success' : 'error'}
          showIcon
          style={{ marginBottom: 16 }}
          title={
            result.intact
              ? t('audit.verifyIntact', { count: result.checked })
              : t('audit.verifyBroken', { id: result.firstBrokenId ?? '?', count: result.checked })
          }
        />
      )}
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <AuditFilters
          stacked={isMobile}
          onSearch={(values) => setFilter((f) => ({ ...values, page: 1, pageSize: f.pageSize }))}
        />
        {log.isError ? (
          <LoadError error={log.error} onRetry={() => void log.refetch()} />
        ) : (
          <AuditList entries={log.data?.items ?? []} loading={log.isFetching} paging={paging} />
        )}
      </Card>
    </>
  );
}
