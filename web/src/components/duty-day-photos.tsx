import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { DAY_LIMITS } from '@zhucun/core';
import { Button, Checkbox, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client.ts';
import { dutyPhotoUrl, useUploadDutyPhoto } from '../api/duty.ts';

type Props = { photoIds: number[]; onChange: (photoIds: number[]) => void };

/** Optional photos of the day (never required): add from the camera or gallery, remove; location off by default. */
export function DutyDayPhotos({ photoIds, onChange }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadDutyPhoto();
  const [keepLocation, setKeepLocation] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const full = photoIds.length >= DAY_LIMITS.photos;

  const add = (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    upload.mutate(
      { file, keepLocation },
      {
        onSuccess: ({ id }) => onChange([...photoIds, id]),
        onError: (error) => setProblem(errorMessage(error)),
      },
    );
  };

  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text>{t('duty.today.photosLabel')}</Typography.Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0' }}>
        {photoIds.map((id) => (
          <div key={id} style={{ position: 'relative', width: 72, height: 72 }}>
            <img
              src={dutyPhotoUrl(id)}
              alt={t('duty.today.photoAlt')}
              style={{ width: 72, height: 72, objectFit: 'cover', borderRadius: 6 }}
            />
            <Button
              size="small"
              shape="circle"
              icon={<CloseOutlined />}
              aria-label={t('duty.today.photoRemove')}
              onClick={() => onChange(photoIds.filter((p) => p !== id))}
              style={{ position: 'absolute', top: -6, right: -6 }}
            />
          </div>
        ))}
        <Button
          icon={<CameraOutlined />}
          loading={upload.isPending}
          disabled={full}
          onClick={() => input.current?.click()}
          style={{ width: 72, height: 72 }}
          aria-label={t('duty.today.photoAdd')}
        />
        <input
          ref={input}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          style={{ display: 'none' }}
          data-testid="duty-photo-input"
          onChange={(e) => {
            add(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      <Checkbox checked={keepLocation} onChange={(e) => setKeepLocation(e.target.checked)}>
        {t('duty.today.photoKeepLocation')}
      </Checkbox>
      {problem && (
        <Typography.Paragraph type="danger" style={{ margin: '4px 0 0' }}>
          {problem}
        </Typography.Paragraph>
      )}
    </div>
  );
}
