import type { TSpotCheckItem } from '@zhucun/core';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { excusedByRest, excuseText, findingLabel } from './spot-check-text.ts';

/** Answers the key and its values, so a test sees which wording was chosen. */
const t = ((key: string, values?: Record<string, string>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

const check = (more: Partial<TSpotCheckItem>) =>
  ({ finding: 'absent', excusedBy: null, ...more }) as TSpotCheckItem;

describe('spot-check wording', () => {
  it('names the finding, or 休息 when the cadre’s rest excuses it', () => {
    expect(findingLabel(check({}), t)).toBe('dutyReview.spotChecks.findings.absent');
    const rest = check({
      finding: 'excused',
      excusedBy: { kind: 'rest_day', date: '2026-12-05' },
    });
    expect(excusedByRest(rest)).toBe(true);
    expect(findingLabel(rest, t)).toBe('dutyReview.spotChecks.rest');
  });

  it('says what excuses a check: the leave with its dates, or the rest; nothing when not excused', () => {
    expect(excuseText(check({}), t)).toBeNull();
    const leave = check({
      finding: 'excused',
      excusedBy: { kind: 'leave', startDate: '2026-12-01', endDate: '2026-12-03' },
    });
    expect(excusedByRest(leave)).toBe(false);
    expect(excuseText(leave, t)).toBe(
      'dutyReview.spotChecks.excusedBy {"kind":"dutyReview.absences.kinds.leave","start":"2026-12-01","end":"2026-12-03"}',
    );
    const rest = check({
      finding: 'excused',
      excusedBy: { kind: 'rest_day', date: '2026-12-05' },
    });
    expect(excuseText(rest, t)).toBe('dutyReview.spotChecks.restExcused.rest_day');
  });
});
