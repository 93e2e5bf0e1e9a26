import { DAY_LIMITS } from '@zhucun/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dutyPhotoUrl } from '../../api/duty.ts';
import { useOutboxPhotos } from '../../api/outbox-photos.ts';
import { PhotoPicker } from './photo-picker.tsx';

type Props = {
  photoIds: number[];
  /** Photos taken without signal, by their outbox id. */
  localPhotos: string[];
  onChange: (photoIds: number[], localPhotos: string[]) => void;
  userId: number;
  date: string;
};

/**
 * Optional photos of the day (never required): add from the camera or gallery, remove; location off by
 * default. Without signal a photo waits in the outbox, shown marked 待上传, and goes before the day.
 */
export function DayPhotos({ photoIds, localPhotos, onChange, userId, date }: Props) {
  const { t } = useTranslation();
  const [keepLocation, setKeepLocation] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const photos = useOutboxPhotos({
    photoIds,
    localPhotos,
    onChange: (ids, local) => {
      setProblem(null);
      onChange(ids, local);
    },
    item: (file) => ({
      userId,
      kind: 'photo',
      method: 'POST',
      path: '/api/duty/photos',
      query: { keepLocation: String(keepLocation) },
      body: file,
      subject: { date },
    }),
  });

  return (
    <fieldset className="zl-day-photos">
      <legend className="zl-label">{t('duty.today.photosLabel')}</legend>
      <PhotoPicker
        {...photos}
        urlOf={dutyPhotoUrl}
        max={DAY_LIMITS.photos}
        onError={setProblem}
        labels={{
          alt: t('duty.today.photoAlt'),
          add: t('duty.today.photoAdd'),
          remove: t('duty.today.photoRemove'),
        }}
        localLabel={t('outbox.photoLocal')}
        testId="duty-photo-input"
        size={72}
      />
      <label className="zl-check">
        <input
          type="checkbox"
          checked={keepLocation}
          onChange={(e) => setKeepLocation(e.currentTarget.checked)}
        />
        {t('duty.today.photoKeepLocation')}
      </label>
      {problem && (
        <p className="zl-danger zl-photo-problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
