import { describe, expect, it } from 'vitest';
import {
  checkDutyListItems,
  checkEffectiveFrom,
  DUTY_LIST_POSTS,
  dutySections,
  type TDutyListItem,
  versionInForce,
} from './duty-list.ts';
import { ZSaveDutyListDraftRequest } from './duty-list-api.ts';

const duty = (wording: string): TDutyListItem => ({ kind: 'duty', wording });
const heading = (wording: string): TDutyListItem => ({ kind: 'heading', wording });

describe('duty list lines', () => {
  it('has a list for each of the five dispatched posts, not the village committee', () => {
    expect(DUTY_LIST_POSTS).toEqual([
      'party_secretary',
      'graduate_official',
      'selected_graduate',
      'first_secretary',
      'team_member',
    ]);
  });

  it('accepts duties with or without headings', () => {
    expect(checkDutyListItems([duty('落实五天四夜')])).toBeNull();
    expect(checkDutyListItems([heading('建强村党组织'), duty('抓党建促基层治理')])).toBeNull();
  });

  it('refuses a list of headings only, and a heading with nothing under it', () => {
    expect(checkDutyListItems([heading('建强村党组织')])).toEqual({ kind: 'empty_heading', index: 0 });
    expect(
      checkDutyListItems([duty('夜访'), heading('空标题'), heading('推进强村富民'), duty('项目化帮扶')]),
    ).toEqual({ kind: 'empty_heading', index: 1 });
    expect(checkDutyListItems([])).toEqual({ kind: 'no_duty' });
  });

  it('keeps a heading to 40 characters (a duty may have 200)', () => {
    expect(checkDutyListItems([heading('标'.repeat(41)), duty('x')])).toEqual({
      kind: 'heading_too_long',
      index: 0,
    });
    expect(checkDutyListItems([heading('标'.repeat(40)), duty('责'.repeat(200))])).toBeNull();
  });

  it('numbers duties through the headings, and keeps duties before the first heading', () => {
    const sections = dutySections([
      duty('甲'),
      heading('一'),
      duty('乙'),
      duty('丙'),
      heading('二'),
      duty('丁'),
    ]);
    expect(sections).toEqual([
      { heading: null, duties: [{ no: 1, wording: '甲' }] },
      {
        heading: '一',
        duties: [
          { no: 2, wording: '乙' },
          { no: 3, wording: '丙' },
        ],
      },
      { heading: '二', duties: [{ no: 4, wording: '丁' }] },
    ]);
  });

  it('trims the wording and refuses an empty line, too many lines and a long duty', () => {
    const ok = ZSaveDutyListDraftRequest.parse({ category: 'team_member', items: [duty('  夜访  ')] });
    expect(ok.items[0]?.wording).toBe('夜访');
    expect(ok.note).toBeNull();
    const bad = (items: TDutyListItem[]) =>
      ZSaveDutyListDraftRequest.safeParse({ category: 'team_member', items }).success;
    expect(bad([duty('   ')])).toBe(false);
    expect(bad([duty('x'.repeat(201))])).toBe(false);
    expect(bad(Array.from({ length: 61 }, () => duty('x')))).toBe(false);
    expect(bad([])).toBe(false);
    expect(
      ZSaveDutyListDraftRequest.safeParse({ category: 'village_committee', items: [duty('x')] }).success,
    ).toBe(false);
  });
});

describe('the version in force', () => {
  const versions = [
    { versionNo: 1, effectiveFrom: '2026-01-01' },
    { versionNo: 2, effectiveFrom: '2026-06-01' },
    { versionNo: 3, effectiveFrom: '2026-06-01' },
    { versionNo: 4, effectiveFrom: '2027-01-01' },
  ];

  it('is the latest date not after the day; on one date the later publication', () => {
    expect(versionInForce(versions, '2025-12-31')).toBeNull();
    expect(versionInForce(versions, '2026-01-01')?.versionNo).toBe(1);
    expect(versionInForce(versions, '2026-05-31')?.versionNo).toBe(1);
    expect(versionInForce(versions, '2026-06-01')?.versionNo).toBe(3);
    expect(versionInForce(versions, '2026-12-31')?.versionNo).toBe(3);
    expect(versionInForce(versions, '2027-01-01')?.versionNo).toBe(4);
  });

  it('does not depend on the order it is given', () => {
    expect(versionInForce([...versions].reverse(), '2026-07-01')?.versionNo).toBe(3);
  });
});

describe('the date a version takes effect', () => {
  const today = '2026-03-10';

  it('is today or later, within a year', () => {
    expect(checkEffectiveFrom(today, today, null)).toBeNull();
    expect(checkEffectiveFrom('2027-03-10', today, null)).toBeNull();
    expect(checkEffectiveFrom('2026-03-09', today, null)).toEqual({ kind: 'before_today', today });
    expect(checkEffectiveFrom('2027-03-11', today, null)).toEqual({ kind: 'too_far', last: '2027-03-10' });
  });

  it('is not before the latest published version (the same day supersedes it)', () => {
    const latest = { versionNo: 2, effectiveFrom: '2026-04-01' };
    expect(checkEffectiveFrom('2026-03-31', today, latest)).toEqual({
      kind: 'before_latest',
      latest: '2026-04-01',
      versionNo: 2,
    });
    expect(checkEffectiveFrom('2026-04-01', today, latest)).toBeNull();
  });
});
