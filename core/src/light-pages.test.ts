import { describe, expect, it } from 'vitest';
import { isLightPage } from './light-pages.ts';

describe('isLightPage', () => {
  it('names the light build’s pages, with or without a closing slash', () => {
    expect(isLightPage('/leave')).toBe(true);
    expect(isLightPage('/leave/')).toBe(true);
  });

  it('leaves every other address to the full app', () => {
    for (const path of ['/', '/leaves', '/duty/absences', '/leave/12', '/login'])
      expect(isLightPage(path)).toBe(false);
  });
});
