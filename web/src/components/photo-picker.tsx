import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { type Dispatch, type SetStateAction, useRef } from 'react';
import { errorMessage } from '../api/client.ts';

/** An upload of one photo (a react-query mutation), answering the stored photo's id. */
type TPhotoUpload = {
  isPending: boolean;
  mutate: (
    file: File,
    handlers: { onSuccess: (photo: { id: number }) => void; onError: (error: unknown) => void },
  ) => void;
};

type Props = {
  ids: number[];
  onChange: Dispatch<SetStateAction<number[]>>;
  urlOf: (id: number) => string;
  upload: TPhotoUpload;
  /** At most this many; the camera button is disabled at it. */
  max: number;
  /** Shows the server's refusal of an upload (its Chinese message). */
  onError: (message: string) => void;
  labels: { alt: string; add: string; remove: string };
  testId: string;
  /** The thumbnails' side in px (the day's record shows them a little larger). */
  size?: number;
  /** Photos kept on the phone, not uploaded yet (taken without signal): shown marked, removable. */
  local?: { key: string; url: string }[];
  onRemoveLocal?: (key: string) => void;
  /** The mark on a photo not uploaded yet. */
  localLabel?: string;
};

/**
 * Photos attached to a record or report as thumbnails, each with a remove button, and a camera button that
 * opens the phone's picker; each photo is uploaded on its own as soon as it is picked.
 */
export function PhotoPicker({
  ids,
  onChange,
  urlOf,
  upload,
  max,
  onError,
  labels,
  testId,
  size = 64,
  local = [],
  onRemoveLocal,
  localLabel,
}: Props) {
  const input = useRef<HTMLInputElement>(null);
  const thumb = { width: size, height: size, objectFit: 'cover', borderRadius: 6 } as const;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
      {ids.map((id) => (
        <div key={id} style={{ position: 'relative', width: size, height: size }}>
          <img src={urlOf(id)} alt={labels.alt} style={thumb} />
          <Button
            size="small"
            shape="circle"
            icon={<CloseOutlined />}
            aria-label={labels.remove}
            onClick={() => onChange(ids.filter((p) => p !== id))}
            style={{ position: 'absolute', top: -6, right: -6 }}
          />
        </div>
      ))}
      {local.map((photo) => (
        <div key={photo.key} style={{ position: 'relative', width: size, height: size }}>
          <img src={photo.url} alt={labels.alt} style={{ ...thumb, opacity: 0.75 }} />
          <span className="zc-photo-local">{localLabel}</span>
          <Button
            size="small"
            shape="circle"
            icon={<CloseOutlined />}
            aria-label={labels.remove}
            onClick={() => onRemoveLocal?.(photo.key)}
            style={{ position: 'absolute', top: -6, right: -6 }}
          />
        </div>
      ))}
      <Button
        icon={<CameraOutlined />}
        loading={upload.isPending}
        disabled={ids.length + local.length >= max}
        onClick={() => input.current?.click()}
        style={{ width: size, height: size }}
        aria-label={labels.add}
      />
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        style={{ display: 'none' }}
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          upload.mutate(file, {
            onSuccess: ({ id }) => onChange((list) => [...list, id]),
            onError: (error) => onError(errorMessage(error)),
          });
        }}
      />
    </div>
  );
}
