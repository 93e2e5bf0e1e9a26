import { type SetStateAction, useEffect, useRef, useState } from 'react';
import { discardItem, type TNewItem } from '../lib/outbox/outbox.ts';
import { photosOfWrite } from '../lib/outbox/photo-ids.ts';
import { useOutbox, useOutboxWrite } from './outbox.ts';

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

type TArgs = {
  /** The photos the server has (their ids). */
  photoIds: number[];
  /** Photos taken without signal, by their outbox id. */
  localPhotos: string[];
  onChange: (photoIds: number[], localPhotos: string[]) => void;
  /** The upload of one photo as an outbox item (kind `photo`: its path and what the banner names). */
  item: (file: File) => TNewItem;
};

/**
 * Photos of a form that go through the outbox (the day's, a task report's, a project report's): with
 * signal each is uploaded at once; without, it waits on the phone, shown marked 待上传, and the write
 * that shows it names it (`localPhotos`, the outbox item's `photos`) and goes after it. Answers
 * `PhotoPicker`'s props.
 */
export function useOutboxPhotos({ photoIds, localPhotos, onChange, item }: TArgs) {
  const upload = useOutboxWrite(item);
  // a photo uploaded since it was taken (the outbox sent it) shows as uploaded
  const { photoIds: ids, photos: stillLocal = [] } = photosOfWrite(photoIds, localPhotos);
  const local = useLocalPhotoUrls(stillLocal);
  return {
    ids,
    local,
    onChange: (next: SetStateAction<number[]>) =>
      onChange(typeof next === 'function' ? next(ids) : next, stillLocal),
    upload: {
      isPending: upload.isPending,
      mutate: (
        file: File,
        handlers: { onSuccess: (photo: { id: number }) => void; onError: (error: unknown) => void },
      ) =>
        upload.mutate(file, {
          onSuccess: (photo) => handlers.onSuccess(photo as { id: number }),
          onQueued: (queued) => onChange(ids, [...stillLocal, queued.id]),
          onError: handlers.onError,
        }),
    },
    onRemoveLocal: (key: string) => {
      void discardItem(key);
      onChange(
        ids,
        stillLocal.filter((k) => k !== key),
      );
    },
  };
}

/**
 * The photos of a report's form, kept by the form until it is sent: `picker` (PhotoPicker's props),
 * `toSend()` (the report's `photoIds` and the outbox item's `photos`) and `clear()` once sent.
 */
export function useReportPhotos(item: (file: File) => TNewItem) {
  const empty = { photoIds: [] as number[], localPhotos: [] as string[] };
  const [state, setState] = useState(empty);
  const picker = useOutboxPhotos({
    ...state,
    onChange: (photoIds, localPhotos) => setState({ photoIds, localPhotos }),
    item,
  });
  return {
    picker,
    toSend: () => photosOfWrite(state.photoIds, state.localPhotos),
    clear: () => setState(empty),
  };
}
