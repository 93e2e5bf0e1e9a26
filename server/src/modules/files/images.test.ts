import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { jpegWithGps, solid } from '../../test/images.ts';
import { detectImageType, processImage } from './images.ts';

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).details[0]!;
};

describe('processImage', () => {
  it('re-encodes a JPEG without its EXIF, GPS location included', async () => {
    const input = await jpegWithGps();
    expect((await sharp(input).metadata()).exif?.includes(Buffer.from('TestCam'))).toBe(true);
    const out = await processImage(input, { keepLocation: false });
    expect(out).toMatchObject({ width: 40, height: 30, contentType: 'image/jpeg' });
    const meta = await sharp(out.bytes).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(out.bytes.includes(Buffer.from('TestCam'))).toBe(false);
  });

  it('keeps the EXIF only when asked to keep the location', async () => {
    const out = await processImage(await jpegWithGps(), { keepLocation: true });
    expect((await sharp(out.bytes).metadata()).exif).toBeDefined();
  });

  it('turns a photo upright by its orientation and fits it into 1600 px', async () => {
    // orientation 6: stored landscape, shown rotated 90° clockwise
    const upright = await processImage(await jpegWithGps(80, 40, 6), { keepLocation: false });
    expect([upright.width, upright.height]).toEqual([40, 80]);
    const big = await processImage(await solid(3200, 1000).png().toBuffer(), { keepLocation: false });
    expect([big.width, big.height]).toEqual([1600, 500]);
  });

  it('accepts a PNG (and a WebP) and answers with a JPEG', async () => {
    const png = await solid(10, 12).ensureAlpha().png().toBuffer();
    expect(detectImageType(png)).toBe('png');
    const out = await processImage(png, { keepLocation: false });
    expect(detectImageType(out.bytes)).toBe('jpeg');
    expect([out.width, out.height]).toEqual([10, 12]);
    const webp = await solid(8, 8).webp().toBuffer();
    expect((await processImage(webp, { keepLocation: false })).contentType).toBe('image/jpeg');
  });

  it('refuses a text file, a GIF and an SVG as an unsupported type, naming the field', async () => {
    const text = Buffer.from('这不是图片 not an image');
    expect(await refusal(processImage(text, { keepLocation: false }))).toEqual({
      field: 'photo',
      key: 'image_type_unsupported',
      params: {},
    });
    const gif = await solid(4, 4).gif().toBuffer();
    expect((await refusal(processImage(gif, { keepLocation: false }))).key).toBe('image_type_unsupported');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
    expect((await refusal(processImage(svg, { keepLocation: false, field: 'voucher' }))).field).toBe(
      'voucher',
    );
  });

  it('refuses a damaged image and one over 10 MB', async () => {
    const cut = (await jpegWithGps()).subarray(0, 60);
    expect((await refusal(processImage(cut, { keepLocation: false }))).key).toBe('image_unreadable');
    const huge = Buffer.alloc(10 * 1024 * 1024 + 1);
    expect((await refusal(processImage(huge, { keepLocation: false }))).key).toBe('image_too_large');
  });
});
