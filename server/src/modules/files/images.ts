import sharp from 'sharp';
import { invalidField } from '../../errors.ts';

/** The largest upload accepted (the photo routes' bodyLimit). */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Longest side after processing. */
export const MAX_IMAGE_SIDE = 1600;
/** Decoding refuses larger images (a small file can decode to a huge bitmap). */
const MAX_INPUT_PIXELS = 100_000_000;
const JPEG_QUALITY = 82;

export type TImageType = 'jpeg' | 'png' | 'webp';
export type TProcessedImage = {
  bytes: Buffer;
  width: number;
  height: number;
  contentType: 'image/jpeg';
};

/** The real type from the first bytes, whatever the request claimed; null for anything else. */
export function detectImageType(bytes: Buffer): TImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'webp';
  return null;
}

/**
 * Checks an uploaded image and makes the copy that is kept: JPEG, PNG or WebP only (by content),
 * turned upright by its EXIF orientation, fitted into 1600 px and re-encoded as JPEG. Re-encoding
 * drops all metadata, GPS location included, unless `keepLocation` (for later work-log photos).
 * Errors name `field` (a label key, `photo` by default).
 */
export async function processImage(
  bytes: Buffer,
  options: { keepLocation: boolean; field?: string },
): Promise<TProcessedImage> {
  const field = options.field ?? 'photo';
  if (bytes.length > MAX_IMAGE_BYTES)
    throw invalidField(field, 'image_too_large', { max: MAX_IMAGE_BYTES / 1024 / 1024 });
  const type = detectImageType(bytes);
  if (!type) throw invalidField(field, 'image_type_unsupported');
  try {
    let pipeline = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .autoOrient()
      .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' }); // transparency becomes white, as JPEG has none
    if (options.keepLocation) pipeline = pipeline.keepExif();
    const { data, info } = await pipeline
      .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height, contentType: 'image/jpeg' };
  } catch {
    throw invalidField(field, 'image_unreadable');
  }
}
