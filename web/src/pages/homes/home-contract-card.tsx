import { FileTextOutlined } from '@ant-design/icons';
import { formatYuan, type THomeView } from '@zhucun/core';
import { App, Button, Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { FileButton } from '../../components/file-button.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { homeContractUrl, useSetContractFile } from '../../lib/home-queries.ts';

type Props = { home: THomeView; canWrite: boolean };

/** A farmhouse's rent contract: landlord, term, rent, and its file (PDF or photo) to view or upload. */
export function HomeContractCard({ home, canWrite }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const upload = useSetContractFile(home.id);
  const c = home.contract;
  if (!c) return null;
  const send = (file: File) =>
    upload.mutate(file, {
      onSuccess: () => void message.success(t('homes.detail.fileUploaded')),
      onError: (error) => void message.error(errorMessage(error)),
    });
  return (
    <Card size="small" title={t('homes.detail.contractTitle')}>
      <Descriptions
        size="small"
        column={isMobile ? 1 : 2}
        items={[
          {
            key: 'landlord',
            label: t('homes.detail.landlord'),
            children: [c.landlord, c.landlordPhone].filter(Boolean).join(' · '),
          },
          { key: 'term', label: t('homes.detail.term'), children: `${c.startDate} ~ ${c.endDate}` },
          { key: 'rent', label: t('homes.detail.annualRent'), children: formatYuan(c.annualRentFen) },
        ]}
      />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginTop: 8 }}>
        <Typography.Text type="secondary">{t('homes.detail.contractFile')}</Typography.Text>
        {c.hasFile ? (
          <Button
            type="link"
            size="small"
            icon={<FileTextOutlined />}
            href={homeContractUrl(home.id)}
            target="_blank"
            rel="noopener"
            style={{ padding: 0 }}
          >
            {t('homes.detail.viewFile')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('homes.detail.noFile')}</Typography.Text>
        )}
        {canWrite && (
          <FileButton
            accept="application/pdf,image/jpeg,image/png,image/webp"
            loading={upload.isPending}
            testId="home-contract-input"
            size="small"
            onFile={send}
          >
            {t(c.hasFile ? 'homes.detail.replaceFile' : 'homes.detail.uploadFile')}
          </FileButton>
        )}
      </div>
    </Card>
  );
}
