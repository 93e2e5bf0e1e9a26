import {
  GRADES,
  isNotificationKind,
  MEETING_KINDS,
  type TNotificationKind,
  VIOLATION_OUTCOMES,
} from '@zhucun/core';
import type { TFunction } from 'i18next';
import { formatDay, formatDaySpan } from './day-span.ts';
import { formatDateTime } from './format.ts';

/** A notification as the server stores it: a kind and the parameters its message names. */
export type TNotificationLike = { kind: string; payload: Record<string, unknown> };

/** What the bell shows: a sentence naming the object, and a second line (a comment, the request's words). */
export type TNotificationText = { title: string; detail: string };

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const ABSENCE_KINDS = ['leave', 'official_duty'] as const;
const DECISIONS = ['approved', 'rejected', 'pending_county'] as const;
const LEVELS = ['township', 'county'] as const;
const REOPENING = ['dissatisfied', 'partly_solved'] as const;
const oneOf = <T extends string>(list: readonly T[], v: unknown): T | null =>
  (list as readonly unknown[]).includes(v) ? (v as T) : null;

/**
 * The message of a notification in the reader's language, naming what it is about
 * ("12月2日—3日的请假已批准", not "申请已处理"). A notification stored before its kind carried those
 * parameters, or of a kind this page does not know, falls back to the kind's name.
 */
export function notificationText(
  n: TNotificationLike,
  t: TFunction,
  lang: string,
  thisYear = new Date().getFullYear(),
): TNotificationText {
  const kind: TNotificationKind | null = isNotificationKind(n.kind) ? n.kind : null;
  const fallback = { title: t(`duty.notifications.kinds.${kind ?? 'other'}`), detail: '' };
  if (!kind) return fallback;
  return messageOf(kind, n.payload, t, lang, thisYear) ?? fallback;
}

function messageOf(
  kind: TNotificationKind,
  p: Record<string, unknown>,
  t: TFunction,
  lang: string,
  thisYear: number,
): TNotificationText | null {
  const m = 'duty.notifications.messages';
  const day = (v: unknown) => formatDay(str(v), lang, thisYear);
  const span = () => formatDaySpan(str(p.startDate), str(p.endDate), lang, thisYear);
  const absence = () => {
    const k = oneOf(ABSENCE_KINDS, p.kind);
    return k ? t(`${m}.absenceKinds.${k}`) : null;
  };
  const request = () => {
    const category = str(p.category);
    if (!p.villageName || !category || p.requestId === undefined) return null;
    return {
      village: str(p.villageName),
      category: t(`requests.categories.${category as 'other'}`, { defaultValue: category }),
      id: str(p.requestId),
    };
  };
  switch (kind) {
    case 'reminder':
      return p.date ? { title: t(`${m}.reminder`, { date: day(p.date) }), detail: '' } : null;
    case 'log_returned':
      return p.date ? { title: t(`${m}.logReturned`, { date: day(p.date) }), detail: str(p.text) } : null;
    case 'absence_waiting': {
      const what = absence();
      if (!what || !p.startDate || !p.personName) return null;
      const who = str(p.personName);
      const title = p.villageName
        ? t(`${m}.absenceWaiting`, { person: who, village: str(p.villageName), kind: what, dates: span() })
        : t(`${m}.absenceWaitingNoVillage`, { person: who, kind: what, dates: span() });
      return { title, detail: '' };
    }
    case 'absence_decided': {
      const what = absence();
      const decision = oneOf(DECISIONS, p.state);
      if (!what || !decision || !p.startDate) return null;
      return { title: t(`${m}.absenceDecided.${decision}`, { kind: what, dates: span() }), detail: '' };
    }
    case 'recall_alert':
      if (!p.personName || !p.year) return null;
      return {
        title: t(`${m}.recallAlert`, {
          person: str(p.personName),
          year: str(p.year),
          days: str(p.days),
          limit: str(p.limit),
        }),
        detail: '',
      };
    case 'request_handed_up': {
      const r = request();
      const level = oneOf(LEVELS, p.level);
      if (!r || !level) return null;
      return { title: t(`${m}.requestHandedUp.${level}`, r), detail: str(p.text) };
    }
    case 'request_submitted': {
      const r = request();
      return r ? { title: t(`${m}.requestSubmitted`, r), detail: str(p.text) } : null;
    }
    case 'request_reopened': {
      const r = request();
      const answer = oneOf(REOPENING, p.satisfaction);
      if (!r || !answer) return null;
      return {
        title: t(`${m}.requestReopened`, { ...r, answer: t(`requests.satisfactions.${answer}`) }),
        detail: str(p.text),
      };
    }
    case 'spot_check_discrepancy': {
      if (!p.date) return null;
      const date = day(p.date);
      const note = str(p.note);
      return {
        title: note
          ? t(`${m}.spotCheckDiscrepancy`, { date, note })
          : t(`${m}.spotCheckDiscrepancyNoNote`, { date }),
        detail: t(`${m}.spotCheckDiscrepancyHint`),
      };
    }
    case 'login_locked': {
      const until = formatDateTime(str(p.until));
      if (!until) return null;
      return p.scope === 'account'
        ? { title: t(`${m}.loginLockedAccount`, { until }), detail: t(`${m}.loginLockedAccountHint`) }
        : {
            title: t(`${m}.loginLockedAddress`, { address: str(p.address), until }),
            detail: t(`${m}.loginLockedAddressHint`),
          };
    }
    case 'milestone_overdue': {
      if (!p.projectTitle || !p.milestoneTitle || !p.due) return null;
      return {
        title: t(`${m}.milestoneOverdue`, {
          village: str(p.villageName),
          project: str(p.projectTitle),
          milestone: str(p.milestoneTitle),
          date: day(p.due),
        }),
        detail: p.ownerName ? t(`${m}.milestoneOverdueHint`, { owner: str(p.ownerName) }) : '',
      };
    }
    case 'task_assigned': {
      if (!p.title || !p.deadline) return null;
      return {
        title: t(`${m}.taskAssigned`, {
          assigner: str(p.assignerName),
          title: str(p.title),
          date: day(p.deadline),
        }),
        detail: '',
      };
    }
    case 'task_overdue': {
      if (!p.title || !p.deadline) return null;
      const holder = [str(p.divisionName), str(p.personName)].filter(Boolean).join(' ');
      return {
        title: t(`${m}.taskOverdue`, {
          title: str(p.title),
          days: str(p.overdueDays),
          holder,
          date: day(p.deadline),
        }),
        detail: t(`${m}.taskOverdueHint`),
      };
    }
    case 'meeting_tomorrow':
    case 'meeting_soon': {
      const meetingKind = oneOf(MEETING_KINDS, p.meetingKind);
      if (!p.title || !p.localStart || !meetingKind) return null;
      const key = kind === 'meeting_soon' ? 'meetingSoon' : 'meetingTomorrow';
      return {
        title: t(`${m}.${key}`, {
          kind: t(`meetings.kinds.${meetingKind}`),
          title: str(p.title),
          at: `${day(str(p.localStart).slice(0, 10))} ${str(p.localStart).slice(11, 16)}`,
        }),
        detail: p.videoUrl ? t(`${m}.meetingHint`, { url: str(p.videoUrl) }) : '',
      };
    }
    case 'rectification_escalated':
    case 'rectification_awaiting_review': {
      const level = oneOf(LEVELS, p.level);
      if (!level || p.rectificationId === undefined || !p.problem) return null;
      const key = kind === 'rectification_escalated' ? 'rectificationEscalated' : 'rectificationAwaiting';
      return {
        title: t(`${m}.${key}.${level}`, {
          id: str(p.rectificationId),
          problem: str(p.problem),
          date: day(p.deadline),
        }),
        detail: '',
      };
    }
    case 'rectification_returned': {
      if (p.rectificationId === undefined || !p.problem) return null;
      return {
        title: t(`${m}.rectificationReturned`, { id: str(p.rectificationId), problem: str(p.problem) }),
        detail: p.reason ? t(`${m}.rectificationReturnedHint`, { reason: str(p.reason) }) : '',
      };
    }
    case 'violation_recorded': {
      if (!p.item || !p.answerDue) return null;
      return {
        title: t('violations.notices.recorded', { item: str(p.item), date: day(p.answerDue) }),
        detail: t('violations.notices.recordedHint'),
      };
    }
    case 'violation_answered': {
      if (!p.item) return null;
      const key = p.action === 'appeal' ? 'appealed' : 'answered';
      return {
        title: t(`violations.notices.${key}`, { person: str(p.personName), item: str(p.item) }),
        detail: '',
      };
    }
    case 'violation_decided': {
      const outcome = oneOf(VIOLATION_OUTCOMES, p.outcome);
      if (!p.item || !outcome) return null;
      return {
        title: t(p.final ? 'violations.notices.decidedFinal' : 'violations.notices.decided', {
          item: str(p.item),
          outcome: t(`violations.outcomes.${outcome}`),
        }),
        detail: '',
      };
    }
    case 'rating_notice_published':
      if (!p.year || !p.noticeUntil) return null;
      return {
        title: t('rating.notices.published', { year: str(p.year), date: day(p.noticeUntil) }),
        detail: t('rating.notices.publishedHint'),
      };
    case 'rating_appealed':
      if (!p.year || !p.personName) return null;
      return {
        title: t('rating.notices.appealed', {
          person: str(p.personName),
          village: str(p.villageName),
          year: str(p.year),
        }),
        detail: str(p.text),
      };
    case 'rating_appeal_decided': {
      const grade = oneOf(GRADES, p.grade);
      if (!p.year || !grade) return null;
      return {
        title: t(p.decision === 'amended' ? 'rating.notices.decidedAmended' : 'rating.notices.decidedKept', {
          year: str(p.year),
          grade: t(`rating.grades.${grade}`),
        }),
        detail: p.reason ? t('rating.notices.reason', { reason: str(p.reason) }) : '',
      };
    }
    case 'admonishment_issued':
      if (!p.year || !p.deadline || !p.effectiveUntil) return null;
      return {
        title: t('ratingFollow.notices.admonished', { year: str(p.year), date: day(p.deadline) }),
        detail: t('ratingFollow.notices.admonishedHint', { until: day(p.effectiveUntil) }),
      };
    case 'cadre_admonished':
      if (!p.personName || !p.deadline) return null;
      return {
        title: t('ratingFollow.notices.cadreAdmonished', {
          person: str(p.personName),
          village: str(p.villageName),
          date: day(p.deadline),
        }),
        detail: '',
      };
    default:
      return null;
  }
}
