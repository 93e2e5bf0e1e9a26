import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { HOME_LIMITS, type THomeView } from '@zhucun/core';
import { App, Button, Card, Image, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { FileButton } from '../../components/file-button.tsx';
import { homePhotoUrl, useAddHomePhoto, useRemoveHomePhoto } from '../../lib/home-queries.ts';

type Props = { home: THomeView; canWrite: boolean };

/** Photos of the home (optional, never required): thumbnails to enlarge, add and remove for the township. */
export function HomePhotosCard({ home, canWrite }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const add = useAddHomePhoto(home.id);
  const remove = useRemoveHomePhoto(home.id);
  const failed = (error: unknown) => void message.error(errorMessage(error));
  const full = home.photoIds.length >= HOME_LIMITS.photos;
  return (
    <Card
      size="small"
      title={t('homes.detail.photosTitle')}
      extra={
        canWrite && (
          <FileButton
            accept="image/jpeg,image/png,image/webp"
            loading={add.isPending}
            disabled={full}
            testId="home-photo-input"
            icon={<CameraOutlined />}
            size="small"
            onFile={(file) => add.mutate(file, { onError: failed })}
          >
            {t('homes.detail.photoAdd')}
          </FileButton>
        )
      }
    >
      {home.photoIds.length === 0 ? (
        <Typography.Text type="secondary">
          {t('homes.detail.photosHint', { max: HOME_LIMITS.photos })}
        </Typography.Text>
      ) : (
        <Image.PreviewGroup>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {home.photoIds.map((fileId) => (
              <div key={fileId} style={{ position: 'relative' }}>
                <Image
                  src={homePhotoUrl(home.id, fileId)}
                  alt={t('homes.detail.photoAlt')}
                  width={88}
                  height={88}
                  style={{ objectFit: 'cover', borderRadius: 6 }}
                />
                {canWrite && (
                  <Popconfirm
                    title={t('homes.detail.photoRemoveConfirm')}
                    okText={t('common.ok')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => remove.mutateAsync(fileId).catch(failed)}
                  >
                    <Button
                      size="small"
                      shape="circle"
                      icon={<CloseOutlined />}
                      aria-label={t('homes.detail.photoRemove')}
                      style={{ position: 'absolute', top: -6, right: -6 }}
                    />
                  </Popconfirm>
                )}
              </div>
            ))}
          </div>
        </Image.PreviewGroup>
      )}
    </Card>
  );
}
