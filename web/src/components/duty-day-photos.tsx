import { DAY_LIMITS } from '@zhucun/core';
import { Checkbox, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client.ts';
import { dutyPhotoUrl } from '../api/duty.ts';
import { useOutbox, useOutboxWrite } from '../api/outbox.ts';
import { discardItem, type TNewItem } from '../lib/outbox/outbox.ts';
import { uploadedPhoto } from '../lib/outbox/photo-ids.ts';
import { PhotoPicker } from './photo-picker.tsx';

type Props = {
  photoIds: number[];
  /** Photos taken without signal, by their outbox id. */
  localPhotos: string[];
  onChange: (photoIds: number[], localPhotos: string[]) => void;
  userId: number;
  date: string;
};

/** Object URLs of the photos still in the outbox, made once per set of photos and revoked when it changes. */
function useLocalPhotoUrls(keys: string[]): { key: string; url: string }[] {
  const items = useOutbox();
  const blobs = new Map<string, Blob>();
  for (const item of items) if (item.body instanceof Blob) blobs.set(item.id, item.body);
  const latest = useRef(blobs);
  latest.current = blobs;
  const signature = keys.filter((key) => blobs.has(key)).join(',');
  const [urls, setUrls] = useState<{ key: string; url: string }[]>([]);
  useEffect(() => {
    const made = signature
      .split(',')
      .filter(Boolean)
      .map((key) => ({ key, url: URL.createObjectURL(latest.current.get(key) as Blob) }));
    setUrls(made);
    return () => {
      for (const m of made) URL.revokeObjectURL(m.url);
    };
  }, [signature]);
  return urls;
}

/**
 * Optional photos of the day (never required): add from the camera or gallery, remove; location off by
 * default. Without signal a photo waits in the outbox, shown marked 待上传, and goes before the day.
 */
export function DutyDayPhotos({ photoIds, localPhotos, onChange, userId, date }: Props) {
  const { t } = useTranslation();
  const [keepLocation, setKeepLocation] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useOutboxWrite(
    (file: File): TNewItem => ({
      userId,
      kind: 'photo',
      method: 'POST',
      path: '/api/duty/photos',
      query: { keepLocation: String(keepLocation) },
      body: file,
      subject: { date },
    }),
  );
  // a photo uploaded since it was taken (the outbox sent it) shows as uploaded
  const uploaded = localPhotos.map(uploadedPhoto).filter((id): id is number => id !== undefined);
  const stillLocal = localPhotos.filter((key) => uploadedPhoto(key) === undefined);
  const local = useLocalPhotoUrls(stillLocal);
  const shown = [...photoIds, ...uploaded.filter((id) => !photoIds.includes(id))];

  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text>{t('duty.today.photosLabel')}</Typography.Text>
      <div style={{ marginTop: 8 }}>
        <PhotoPicker
          ids={shown}
          onChange={(next) => onChange(typeof next === 'function' ? next(shown) : next, stillLocal)}
          urlOf={dutyPhotoUrl}
          upload={{
            isPending: upload.isPending,
            mutate: (file, handlers) => {
              setProblem(null);
              upload.mutate(file, {
                onSuccess: (photo) => handlers.onSuccess(photo as { id: number }),
                onQueued: (item) => onChange(shown, [...stillLocal, item.id]),
                onError: (error) => setProblem(errorMessage(error)),
              });
            },
          }}
          max={DAY_LIMITS.photos}
          onError={setProblem}
          labels={{
            alt: t('duty.today.photoAlt'),
            add: t('duty.today.photoAdd'),
            remove: t('duty.today.photoRemove'),
          }}
          local={local}
          localLabel={t('duty.today.photoLocal')}
          onRemoveLocal={(key) => {
            void discardItem(key);
            onChange(
              shown,
              stillLocal.filter((k) => k !== key),
            );
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
