import { describe, expect, it } from 'vitest';
import { workingCalendarOf } from './calendar.ts';
import { DEFAULT_COUNTY_RULES } from './county-rules.ts';
import type { TAbsence, TAbsenceKind, TAbsenceState } from './leave.ts';
import {
  absenceTransition,
  approvalLevel,
  datesCovered,
  findOverlap,
  initialAbsenceState,
  isPending,
  leaveApproval,
  leaveDays,
  leaveDaysInYear,
  leaveJoins,
  leaveSpanOf,
  leaveSpans,
  nextStateOnApprove,
  nextStateOnReject,
  nextStateOnWithdraw,
  overlaps,
  recallAlert,
  ZAbsenceRequest,
} from './leave.ts';
import { addDays } from './posting.ts';

const rules = DEFAULT_COUNTY_RULES;
const absence = (
  startDate: string,
  endDate: string,
  state: TAbsenceState = 'approved',
  kind: TAbsenceKind = 'leave',
): TAbsence => ({ kind, startDate, endDate, state });
/** Leave of `days` days from 1 December 2026. */
const ofDays = (days: number, state: TAbsenceState, kind: TAbsenceKind = 'leave') =>
  absence('2026-12-01', addDays('2026-12-01', days - 1), state, kind);

describe('leave days', () => {
  it('counts calendar days, both ends included', () => {
    expect(leaveDays('2026-12-01', '2026-12-01')).toBe(1);
    expect(leaveDays('2026-12-01', '2026-12-03')).toBe(3);
    expect(leaveDays('2026-12-30', '2027-01-02')).toBe(4);
    expect(leaveDays('2028-02-28', '2028-03-01')).toBe(3);
  });
  it('validates a request: end not before start', () => {
    const base = { kind: 'leave', reason: '家中有事' };
    expect(
      ZAbsenceRequest.safeParse({ ...base, startDate: '2026-12-01', endDate: '2026-12-01' }).success,
    ).toBe(true);
    expect(
      ZAbsenceRequest.safeParse({ ...base, startDate: '2026-12-02', endDate: '2026-12-01' }).success,
    ).toBe(false);
    expect(
      ZAbsenceRequest.safeParse({ ...base, kind: 'holiday', startDate: '2026-12-01', endDate: '2026-12-01' })
        .success,
    ).toBe(false);
  });
});

describe('approval level', () => {
  it('is the township up to 3 days of leave, the county from 4', () => {
    expect(approvalLevel('leave', 1, rules)).toBe('township');
    expect(approvalLevel('leave', 3, rules)).toBe('township');
    expect(approvalLevel('leave', 4, rules)).toBe('county');
  });
  it('is the township for official duty of any length', () => {
    expect(approvalLevel('official_duty', 10, rules)).toBe('township');
  });
  it('follows the county limit', () => {
    expect(approvalLevel('leave', 4, { townshipLeaveMaxDays: 5 })).toBe('township');
    expect(approvalLevel('leave', 1, { townshipLeaveMaxDays: 0 })).toBe('county');
  });
});

describe('approval state machine', () => {
  it('starts with the township', () => {
    expect(initialAbsenceState()).toBe('pending_township');
    expect(isPending('pending_township')).toBe(true);
    expect(isPending('pending_county')).toBe(true);
    for (const s of ['approved', 'rejected', 'withdrawn'] as const) expect(isPending(s)).toBe(false);
  });
  it('township approves leave of 3 days outright', () => {
    expect(nextStateOnApprove(ofDays(3, 'pending_township'), 'township', rules)).toEqual({
      ok: true,
      state: 'approved',
    });
  });
  it('township approving leave of 4 days forwards it to the county', () => {
    expect(nextStateOnApprove(ofDays(4, 'pending_township'), 'township', rules)).toEqual({
      ok: true,
      state: 'pending_county',
    });
  });
  it('township approves official duty of any length', () => {
    expect(nextStateOnApprove(ofDays(10, 'pending_township', 'official_duty'), 'township', rules)).toEqual({
      ok: true,
      state: 'approved',
    });
  });
  it('county approves anything pending', () => {
    expect(nextStateOnApprove(ofDays(4, 'pending_county'), 'county', rules)).toEqual({
      ok: true,
      state: 'approved',
    });
    expect(nextStateOnApprove(ofDays(4, 'pending_township'), 'county', rules)).toEqual({
      ok: true,
      state: 'approved',
    });
    expect(nextStateOnApprove(ofDays(2, 'pending_township'), 'county', rules)).toEqual({
      ok: true,
      state: 'approved',
    });
  });
  it('township cannot approve or reject what waits for the county', () => {
    expect(nextStateOnApprove(ofDays(4, 'pending_county'), 'township', rules)).toEqual({
      ok: false,
      reason: 'beyond_level',
    });
    expect(nextStateOnReject(ofDays(4, 'pending_county'), 'township')).toEqual({
      ok: false,
      reason: 'beyond_level',
    });
  });
  it('rejects a pending request at its level or by the county', () => {
    expect(nextStateOnReject(ofDays(2, 'pending_township'), 'township')).toEqual({
      ok: true,
      state: 'rejected',
    });
    expect(nextStateOnReject(ofDays(5, 'pending_township'), 'township')).toEqual({
      ok: true,
      state: 'rejected',
    });
    expect(nextStateOnReject(ofDays(2, 'pending_township'), 'county')).toEqual({
      ok: true,
      state: 'rejected',
    });
    expect(nextStateOnReject(ofDays(5, 'pending_county'), 'county')).toEqual({ ok: true, state: 'rejected' });
  });
  it('withdraws only a pending request', () => {
    expect(nextStateOnWithdraw(ofDays(2, 'pending_township'))).toEqual({ ok: true, state: 'withdrawn' });
    expect(nextStateOnWithdraw(ofDays(5, 'pending_county'))).toEqual({ ok: true, state: 'withdrawn' });
  });
  it('refuses every action on a decided request, at any level', () => {
    for (const state of ['approved', 'rejected', 'withdrawn'] as const) {
      const a = ofDays(2, state);
      for (const level of ['township', 'county'] as const) {
        expect(nextStateOnApprove(a, level, rules)).toEqual({ ok: false, reason: 'not_pending' });
        expect(nextStateOnReject(a, level)).toEqual({ ok: false, reason: 'not_pending' });
      }
      expect(nextStateOnWithdraw(a)).toEqual({ ok: false, reason: 'not_pending' });
    }
  });
  it('dispatches actions to the same rules', () => {
    const a = ofDays(4, 'pending_township');
    expect(absenceTransition(a, { type: 'approve', level: 'township' }, rules)).toEqual({
      ok: true,
      state: 'pending_county',
    });
    expect(absenceTransition(a, { type: 'reject', level: 'county' }, rules)).toEqual({
      ok: true,
      state: 'rejected',
    });
    expect(absenceTransition(a, { type: 'withdraw' }, rules)).toEqual({ ok: true, state: 'withdrawn' });
    expect(
      absenceTransition(ofDays(4, 'pending_county'), { type: 'approve', level: 'township' }, rules),
    ).toEqual({
      ok: false,
      reason: 'beyond_level',
    });
  });
  it('walks a long leave through both levels', () => {
    let a = ofDays(6, initialAbsenceState());
    for (const level of ['township', 'county'] as const) {
      const r = nextStateOnApprove(a, level, rules);
      if (!r.ok) throw new Error(r.reason);
      a = { ...a, state: r.state };
    }
    expect(a.state).toBe('approved');
  });
});

describe('overlap', () => {
  const r = (startDate: string, endDate: string) => ({ startDate, endDate });
  it('holds when ranges share a day, touching ends included', () => {
    expect(overlaps(r('2026-12-01', '2026-12-03'), r('2026-12-03', '2026-12-05'))).toBe(true);
    expect(overlaps(r('2026-12-03', '2026-12-05'), r('2026-12-01', '2026-12-03'))).toBe(true);
    expect(overlaps(r('2026-12-01', '2026-12-10'), r('2026-12-04', '2026-12-05'))).toBe(true); // contained
    expect(overlaps(r('2026-12-04', '2026-12-04'), r('2026-12-01', '2026-12-10'))).toBe(true);
    expect(overlaps(r('2026-12-02', '2026-12-02'), r('2026-12-02', '2026-12-02'))).toBe(true);
  });
  it('does not hold for adjacent or separate ranges', () => {
    expect(overlaps(r('2026-12-01', '2026-12-03'), r('2026-12-04', '2026-12-05'))).toBe(false);
    expect(overlaps(r('2026-12-04', '2026-12-05'), r('2026-12-01', '2026-12-03'))).toBe(false);
    expect(overlaps(r('2026-12-31', '2026-12-31'), r('2027-01-01', '2027-01-02'))).toBe(false);
  });
  it('finds a live overlapping absence, ignoring rejected and withdrawn ones', () => {
    const existing = [
      { id: 1, ...absence('2026-12-01', '2026-12-03', 'rejected') },
      { id: 2, ...absence('2026-12-02', '2026-12-04', 'withdrawn') },
      { id: 3, ...absence('2026-12-03', '2026-12-03', 'pending_county', 'official_duty') },
      { id: 4, ...absence('2026-12-10', '2026-12-12', 'approved') },
    ];
    expect(findOverlap(existing, r('2026-12-01', '2026-12-02'))).toBeNull();
    expect(findOverlap(existing, r('2026-12-01', '2026-12-03'))?.id).toBe(3);
    expect(findOverlap(existing, r('2026-12-12', '2026-12-20'))?.id).toBe(4);
    expect(findOverlap(existing, r('2026-12-05', '2026-12-09'))).toBeNull();
    expect(findOverlap([], r('2026-12-05', '2026-12-09'))).toBeNull();
  });
});

describe('dates covered', () => {
  it('lists approved leave dates within the range, each once and sorted', () => {
    const absences = [
      absence('2026-12-03', '2026-12-05'),
      absence('2026-11-29', '2026-12-01'),
      absence('2026-12-04', '2026-12-06'), // overlaps the first
    ];
    expect(datesCovered(absences, '2026-11-30', '2026-12-05')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
    ]);
  });
  it('leaves out pending, rejected, withdrawn and official duty', () => {
    const absences = [
      absence('2026-12-01', '2026-12-01', 'pending_township'),
      absence('2026-12-02', '2026-12-02', 'pending_county'),
      absence('2026-12-03', '2026-12-03', 'rejected'),
      absence('2026-12-04', '2026-12-04', 'withdrawn'),
      absence('2026-12-05', '2026-12-05', 'approved', 'official_duty'),
    ];
    expect(datesCovered(absences, '2026-12-01', '2026-12-31')).toEqual([]);
  });
});

describe('leave in a year and recall', () => {
  it('counts approved leave days clipped at the year boundary', () => {
    const absences = [absence('2025-12-30', '2026-01-02'), absence('2026-12-30', '2027-01-05')];
    expect(leaveDaysInYear(absences, '2025')).toBe(2);
    expect(leaveDaysInYear(absences, '2026')).toBe(4); // 1–2 Jan and 30–31 Dec
    expect(leaveDaysInYear(absences, '2027')).toBe(5);
  });
  it('counts only approved leave', () => {
    const absences = [
      absence('2026-03-01', '2026-03-05'),
      absence('2026-04-01', '2026-04-10', 'rejected'),
      absence('2026-05-01', '2026-05-10', 'approved', 'official_duty'),
    ];
    expect(leaveDaysInYear(absences, '2026')).toBe(5);
  });
  it('raises a recall alert above 30 days, not at 30', () => {
    const thirty = [absence('2026-03-01', '2026-03-20'), absence('2026-06-01', '2026-06-10')];
    expect(leaveDaysInYear(thirty, '2026')).toBe(30);
    expect(recallAlert(thirty, '2026', rules)).toBe(false);
    const thirtyOne = [...thirty, absence('2026-09-01', '2026-09-01')];
    expect(recallAlert(thirtyOne, '2026', rules)).toBe(true);
    expect(recallAlert(thirtyOne, '2027', rules)).toBe(false);
  });
  it('does not count leave across the year end towards the wrong year', () => {
    const absences = [absence('2026-12-02', '2027-01-30')]; // 60 days: 30 in each year
    expect(leaveDaysInYear(absences, '2026')).toBe(30);
    expect(recallAlert(absences, '2026', rules)).toBe(false);
    expect(recallAlert(absences, '2027', rules)).toBe(false);
  });
  it('follows the county recall limit', () => {
    expect(recallAlert([absence('2026-03-01', '2026-03-11')], '2026', { recallLeaveDays: 10 })).toBe(true);
  });
});

describe('unbroken leave (no splitting round the county)', () => {
  // December 2026: the 11th is a Friday, the 14th a Monday
  const plain = workingCalendarOf({ holidays: [] });
  const live = (startDate: string, endDate: string, state: TAbsenceState = 'pending_township') =>
    absence(startDate, endDate, state);

  it('joins requests whose days touch, or lie apart by a weekend or holidays only', () => {
    expect(leaveJoins('2026-12-16', '2026-12-17', plain)).toBe(true); // touching
    expect(leaveJoins('2026-12-16', '2026-12-10', plain)).toBe(true); // overlapping
    expect(leaveJoins('2026-12-11', '2026-12-14', plain)).toBe(true); // Friday, weekend, Monday
    expect(leaveJoins('2026-12-10', '2026-12-14', plain)).toBe(false); // Friday is a working day
    // National Day: 1–7 October are holidays, Sunday 27 September and Saturday 10 October worked (调休)
    const national = workingCalendarOf({
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
      workdays: ['2026-09-27', '2026-10-10'],
    });
    expect(leaveJoins('2026-09-30', '2026-10-08', national)).toBe(true);
    expect(leaveJoins('2026-10-09', '2026-10-12', national)).toBe(false); // Saturday the 10th is worked
    expect(leaveJoins('2026-10-09', '2026-10-12', plain)).toBe(true);
    expect(leaveJoins('2026-09-25', '2026-09-28', national)).toBe(false); // Sunday the 27th is worked
  });

  it('counts three adjacent 3-day requests (14–22 Dec) as one span of 9 days, for the county', () => {
    const a = live('2026-12-14', '2026-12-16', 'approved');
    const b = live('2026-12-17', '2026-12-19');
    const c = live('2026-12-20', '2026-12-22');
    const spans = leaveSpans([c, a, b], plain);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ startDate: '2026-12-14', endDate: '2026-12-22', days: 9, requests: 3 });
    expect(spans[0]!.members).toEqual([a, b, c]);
    for (const r of [a, b, c])
      expect(
        leaveApproval(
          r,
          [a, b, c].filter((o) => o !== r),
          plain,
          rules,
        ),
      ).toEqual({
        level: 'county',
        span: { startDate: '2026-12-14', endDate: '2026-12-22', days: 9, requests: 3 },
      });
  });

  it('judges a new request by the span it would make', () => {
    const first = live('2026-12-14', '2026-12-16', 'approved');
    const one = live('2026-12-17', '2026-12-17');
    expect(leaveApproval(one, [first], plain, rules).level).toBe('county'); // 4 days with the first
    expect(leaveApproval(one, [], plain, rules)).toEqual({
      level: 'township',
      span: { startDate: '2026-12-17', endDate: '2026-12-17', days: 1, requests: 1 },
    });
    // Friday's leave and Monday's: four days away, weekend included
    const friday = live('2026-12-11', '2026-12-11', 'approved');
    expect(leaveSpanOf(live('2026-12-14', '2026-12-14'), [friday], plain)).toEqual({
      startDate: '2026-12-11',
      endDate: '2026-12-14',
      days: 4,
      requests: 2,
    });
    // a working day between them: two spans, each the township's
    expect(leaveApproval(live('2026-12-15', '2026-12-16'), [friday], plain, rules).level).toBe('township');
  });

  it('leaves out rejected and withdrawn requests and official duty; they stand alone', () => {
    const others = [
      live('2026-12-14', '2026-12-16', 'rejected'),
      live('2026-12-20', '2026-12-22', 'withdrawn'),
      absence('2026-12-14', '2026-12-16', 'approved', 'official_duty'),
      absence('2026-12-20', '2026-12-22', 'pending_township', 'official_duty'),
    ];
    expect(leaveSpans(others, plain)).toEqual([]);
    expect(leaveApproval(live('2026-12-17', '2026-12-19'), others, plain, rules)).toMatchObject({
      level: 'township',
      span: { days: 3, requests: 1 },
    });
    const duty = absence('2026-12-17', '2026-12-19', 'pending_township', 'official_duty');
    expect(leaveApproval(duty, [live('2026-12-14', '2026-12-16')], plain, rules)).toMatchObject({
      level: 'township',
      span: { startDate: '2026-12-17', endDate: '2026-12-19', requests: 1 },
    });
    const withdrawn = live('2026-12-17', '2026-12-19', 'withdrawn');
    expect(leaveSpanOf(withdrawn, [live('2026-12-14', '2026-12-16')], plain).requests).toBe(1);
  });

  it('follows the county limit over the span', () => {
    const a = live('2026-12-14', '2026-12-16');
    const b = live('2026-12-17', '2026-12-18');
    expect(leaveApproval(b, [a], plain, { townshipLeaveMaxDays: 5 }).level).toBe('township');
    expect(leaveApproval(b, [a], plain, { townshipLeaveMaxDays: 4 }).level).toBe('county');
  });

  it('makes the township’s approval of any request of a long span a forwarding to the county', () => {
    const b = live('2026-12-17', '2026-12-19');
    expect(nextStateOnApprove(b, 'township', rules)).toEqual({ ok: true, state: 'approved' });
    expect(nextStateOnApprove(b, 'township', rules, 9)).toEqual({ ok: true, state: 'pending_county' });
    expect(absenceTransition(b, { type: 'approve', level: 'township' }, rules, 9)).toEqual({
      ok: true,
      state: 'pending_county',
    });
    expect(nextStateOnApprove(b, 'county', rules, 9)).toEqual({ ok: true, state: 'approved' });
  });
});
