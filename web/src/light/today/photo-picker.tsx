import { useRef } from 'react';
import { type TPhotoPickerProps, uploadPicked } from '../../lib/photo-upload.ts';

/** A camera, drawn in the button's text colour. */
function CameraIcon() {
  return (
    <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor">
      <path strokeWidth="1.8" strokeLinejoin="round" d="M3 8h4l2-3h6l2 3h4v11H3z" />
      <circle cx="12" cy="13" r="3.5" strokeWidth="1.8" />
    </svg>
  );
}

/** The × on a thumbnail: a 32-px target around a small round mark. */
function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="zl-photo-remove" aria-label={label} onClick={onClick}>
      <span aria-hidden="true">×</span>
    </button>
  );
}

/**
 * Photos attached to a record or report as thumbnails, each with a remove button, and a camera button that
 * opens the phone's picker; each photo is uploaded on its own as soon as it is picked. It does not fetch.
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
  const box = { width: size, height: size };
  return (
    <div className="zl-photos">
      {ids.map((id) => (
        <div key={id} className="zl-photo" style={box}>
          <img src={urlOf(id)} alt={labels.alt} />
          <RemoveButton label={labels.remove} onClick={() => onChange(ids.filter((p) => p !== id))} />
        </div>
      ))}
      {local.map((photo) => (
        <div key={photo.key} className="zl-photo zl-photo-waiting" style={box}>
          <img src={photo.url} alt={labels.alt} />
          <span className="zl-photo-local">{localLabel}</span>
          <RemoveButton label={labels.remove} onClick={() => onRemoveLocal?.(photo.key)} />
        </div>
      ))}
      <button
        type="button"
        className="zl-btn zl-photo-add"
        style={box}
        aria-label={labels.add}
        aria-busy={upload.isPending}
        disabled={upload.isPending || ids.length + local.length >= max}
        onClick={() => input.current?.click()}
      >
        {upload.isPending ? <span className="zl-spin" aria-hidden="true" /> : <CameraIcon />}
      </button>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        hidden
        data-testid={testId}
        onChange={(e) => uploadPicked(e.currentTarget, { upload, onChange, onError })}
      />
    </div>
  );
}
