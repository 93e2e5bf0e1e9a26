import type { Dispatch, SetStateAction } from 'react';
import { errorMessage } from '../api/client.ts';

/*
 * What the photo pickers share (components/photo-picker.tsx in the full app, light/today/photo-picker.tsx
 * in the light pages): their props, and what happens to a picked file.
 */

/** An upload of one photo (a react-query mutation), answering the stored photo's id. */
export type TPhotoUpload = {
  isPending: boolean;
  mutate: (
    file: File,
    handlers: { onSuccess: (photo: { id: number }) => void; onError: (error: unknown) => void },
  ) => void;
};

export type TPhotoPickerProps = {
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

/** The file picked in `field` goes up at once: its id joins the list, a refusal is told. The field is emptied. */
export function uploadPicked(
  field: HTMLInputElement,
  { upload, onChange, onError }: Pick<TPhotoPickerProps, 'upload' | 'onChange' | 'onError'>,
): void {
  const file = field.files?.[0];
  field.value = '';
  if (!file) return;
  upload.mutate(file, {
    onSuccess: ({ id }) => onChange((list) => [...list, id]),
    onError: (error) => onError(errorMessage(error)),
  });
}
