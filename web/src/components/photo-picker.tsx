import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef } from 'react';
import { type TPhotoPickerProps, uploadPicked } from '../lib/photo-upload.ts';

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
}: TPhotoPickerProps) {
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
        onChange={(e) => uploadPicked(e.currentTarget, { upload, onChange, onError })}
      />
    </div>
  );
}
