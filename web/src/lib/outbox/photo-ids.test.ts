import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetPhotos, photosOfWrite, rememberPhoto } from './photo-ids.ts';

describe('the photos a write sends', () => {
  // the phone's localStorage, over a Map
  beforeEach(() => {
    const map = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    });
  });
  afterEach(() => {
    forgetPhotos();
    vi.unstubAllGlobals();
  });

  it('sends those uploaded since by their server ids and waits for those still on the phone', () => {
    rememberPhoto('uploaded', 7);
    expect(photosOfWrite([3], ['uploaded', 'waiting'])).toEqual({ photoIds: [3, 7], photos: ['waiting'] });
  });

  it('names a photo once, and waits for nothing when all are uploaded', () => {
    rememberPhoto('uploaded', 7);
    expect(photosOfWrite([7], ['uploaded'])).toEqual({ photoIds: [7], photos: undefined });
    expect(photosOfWrite([], [])).toEqual({ photoIds: [], photos: undefined });
  });
});
