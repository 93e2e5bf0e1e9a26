import { DAY_LIMITS } from '@zhucun/core';
import { Checkbox, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dutyPhotoUrl, useUploadDutyPhoto } from '../api/duty.ts';
import { PhotoPicker } from './photo-picker.tsx';

type Props = { photoIds: number[]; onChange: (photoIds: number[]) => void };

/** Optional photos of the day (never required): add from the camera or gallery, remove; location off by default. */
export function DutyDayPhotos({ photoIds, onChange }: Props) {
  const { t } = useTranslation();
  const upload = useUploadDutyPhoto();
  const [keepLocation, setKeepLocation] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text>{t('duty.today.photosLabel')}</Typography.Text>
      <div style={{ marginTop: 8 }}>
        <PhotoPicker
          ids={photoIds}
          onChange={(next) => onChange(typeof next === 'function' ? next(photoIds) : next)}
          urlOf={dutyPhotoUrl}
          upload={{
            isPending: upload.isPending,
            mutate: (file, handlers) => {
              setProblem(null);
              upload.mutate({ file, keepLocation }, handlers);
            },
          }}
          max={DAY_LIMITS.photos}
          onError={setProblem}
          labels={{
            alt: t('duty.today.photoAlt'),
            add: t('duty.today.photoAdd'),
            remove: t('duty.today.photoRemove'),
          }}
          testId="duty-photo-input"
          size={72}
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
