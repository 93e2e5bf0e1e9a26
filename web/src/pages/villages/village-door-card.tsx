import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { isLocalAddress } from '@zhucun/core';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { villageQrUrl } from '../../lib/home-funding-queries.ts';
import { usePublicLink, villageQrPngUrl } from '../../lib/village-door-queries.ts';

/**
 * The villagers' door on the village page: the QR code, the public address (copyable) and the
 * printable card, for whoever reads the villagers' requests; a warning when the address names this machine.
 */
export function VillageDoorCard({ villageCode, villageName }: { villageCode: string; villageName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayRead = useSession().data?.user.permissions.includes('requests:read') ?? false;
  const link = usePublicLink(villageCode, mayRead);
  if (!mayRead || !link.data) return null;
  const { url } = link.data;
  return (
    <Card size="small" title={t('villageDoor.title')} style={{ marginBottom: 16 }} data-testid="village-door">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-start' }}>
        <img
          src={villageQrUrl(villageCode)}
          alt={t('villageDoor.qrAlt', { village: villageName })}
          width={160}
          height={160}
          style={{ flex: 'none', border: '1px solid #f0f0f0' }}
        />
        <div style={{ flex: '1 1 200px', minWidth: 0 }}>
          <Typography.Paragraph type="secondary">{t('villageDoor.hint')}</Typography.Paragraph>
          <Typography.Text type="secondary">{t('villageDoor.link')}</Typography.Text>
          <Typography.Paragraph copyable={{ text: url }} style={{ wordBreak: 'break-all' }}>
            <a href={url} target="_blank" rel="noreferrer" data-testid="village-door-link">
              {url}
            </a>
          </Typography.Paragraph>
          {isLocalAddress(url) && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('villageDoor.localTitle')}
              description={t('villageDoor.localHint', { url })}
            />
          )}
          <Space wrap>
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              onClick={() => void navigate(`/villages/${villageCode}/sign`)}
            >
              {t('villageDoor.print')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              href={villageQrPngUrl(villageCode)}
              download={`${villageName}.png`}
            >
              {t('villageDoor.downloadQr')}
            </Button>
          </Space>
        </div>
      </div>
    </Card>
  );
}
