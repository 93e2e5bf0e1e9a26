import sharp from 'sharp';

/** A plain image of one colour. */
export const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } });

/** A JPEG carrying a GPS position and a camera make in its EXIF. */
export function jpegWithGps(width = 40, height = 30, orientation?: number): Promise<Buffer> {
  const image = orientation ? solid(width, height).withMetadata({ orientation }) : solid(width, height);
  return image
    .jpeg()
    .withExifMerge({
      IFD0: { Make: 'TestCam' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '39/1 33/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '113/1 11/1 0/1',
      },
    })
    .toBuffer();
}
