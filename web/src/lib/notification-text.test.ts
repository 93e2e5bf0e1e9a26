import { NOTIFICATION_KINDS } from '@zhucun/core';
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { enUS } from '../i18n/en-US.ts';
import { zhCN } from '../i18n/zh-CN.ts';
import { notificationText, type TNotificationLike } from './notification-text.ts';

/** The app's own strings, in a fresh i18next per language (the app's instance touches the DOM). */
function tIn(lng: 'zh-CN' | 'en-US'): TFunction {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
    lng,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}
const zh = tIn('zh-CN');
const en = tIn('en-US');
const YEAR = 2026;
const request = {
  requestId: 42,
  villageCode: '140622100200',
  villageName: '东关村委会',
  category: 'infrastructure',
  text: '村东头路灯坏了三天了',
};

/** One notification of each kind the server sends, with the parameters it stores today. */
const SAMPLES: Record<string, TNotificationLike> = {
  reminder: { kind: 'reminder', payload: { date: '2026-12-02' } },
  absence_waiting: {
    kind: 'absence_waiting',
    payload: {
      absenceId: 7,
      kind: 'leave',
      startDate: '2026-12-02',
      endDate: '2026-12-03',
      personName: '钱晓雨',
      villageName: '东关村委会',
    },
  },
  absence_decided: {
    kind: 'absence_decided',
    payload: {
      absenceId: 7,
      kind: 'leave',
      startDate: '2026-12-02',
      endDate: '2026-12-03',
      state: 'approved',
    },
  },
  log_returned: { kind: 'log_returned', payload: { dayId: 3, date: '2026-12-02', text: '请补充走访的户名' } },
  recall_alert: {
    kind: 'recall_alert',
    payload: { personId: 5, personName: '孙立新', year: '2026', days: 32, limit: 30 },
  },
  request_handed_up: { kind: 'request_handed_up', payload: { ...request, level: 'township' } },
  request_submitted: { kind: 'request_submitted', payload: request },
  request_reopened: { kind: 'request_reopened', payload: { ...request, satisfaction: 'dissatisfied' } },
  login_locked: {
    kind: 'login_locked',
    payload: { scope: 'address', address: '10.1.2.3', until: '2026-12-02T10:30:00+08:00' },
  },
  spot_check_discrepancy: {
    kind: 'spot_check_discrepancy',
    payload: { spotCheckId: 9, date: '2026-12-02', part: 'night', note: '视频点名未接通' },
  },
  rectification_escalated: {
    kind: 'rectification_escalated',
    payload: {
      rectificationId: 5,
      problem: '驻村帮扶责任没有完全压实',
      deadline: '2026-12-02',
      level: 'township',
    },
  },
  rectification_returned: {
    kind: 'rectification_returned',
    payload: {
      rectificationId: 5,
      problem: '驻村帮扶责任没有完全压实',
      deadline: '2026-12-02',
      reason: '缺少在村记录',
    },
  },
  rectification_awaiting_review: {
    kind: 'rectification_awaiting_review',
    payload: {
      rectificationId: 5,
      problem: '驻村帮扶责任没有完全压实',
      deadline: '2026-12-02',
      level: 'county',
    },
  },
  violation_recorded: {
    kind: 'violation_recorded',
    payload: { violationId: 7, item: '未经批准擅自离岗', answerDue: '2026-12-07' },
  },
  violation_answered: {
    kind: 'violation_answered',
    payload: { violationId: 7, action: 'appeal', personName: '王建国', item: '未经批准擅自离岗' },
  },
  violation_decided: {
    kind: 'violation_decided',
    payload: { violationId: 7, outcome: 'reduced', deduction: 1, item: '未经批准擅自离岗', final: false },
  },
  milestone_overdue: {
    kind: 'milestone_overdue',
    payload: {
      projectId: 3,
      projectTitle: '蔬菜大棚',
      milestoneId: 11,
      milestoneTitle: '大棚主体完工',
      due: '2026-12-02',
      overdueDays: 3,
      villageName: '东关村委会',
      ownerName: '钱晓雨',
    },
  },
  task_assigned: {
    kind: 'task_assigned',
    payload: {
      taskId: 5,
      assignmentId: 8,
      title: '人居环境整治',
      deadline: '2026-12-20',
      assignerName: '金城镇',
    },
  },
  task_overdue: {
    kind: 'task_overdue',
    payload: {
      taskId: 5,
      assignmentId: 8,
      title: '人居环境整治',
      deadline: '2026-12-02',
      overdueDays: 3,
      divisionName: '东关村委会',
      personName: '',
    },
  },
  meeting_tomorrow: {
    kind: 'meeting_tomorrow',
    payload: {
      meetingId: 3,
      meetingKind: 'roll_call',
      title: '十二月视频点名',
      localStart: '2026-12-08T20:00',
      videoUrl: 'https://sjxf.example/room/42',
    },
  },
  meeting_soon: {
    kind: 'meeting_soon',
    payload: {
      meetingId: 3,
      meetingKind: 'meeting',
      title: '驻村工作推进会',
      localStart: '2026-12-08T09:30',
    },
  },
  rating_notice_published: {
    kind: 'rating_notice_published',
    payload: { cycleId: 3, year: 2026, noticeUntil: '2026-12-11' },
  },
  rating_appealed: {
    kind: 'rating_appealed',
    payload: {
      resultId: 9,
      year: 2026,
      personName: '王建国',
      villageName: '东关村委会',
      text: '群众评议样本偏少，请复核',
    },
  },
  rating_appeal_decided: {
    kind: 'rating_appeal_decided',
    payload: {
      resultId: 9,
      year: 2026,
      decision: 'amended',
      grade: 'excellent',
      reason: '复核后组织评价有误',
    },
  },
  admonishment_issued: {
    kind: 'admonishment_issued',
    payload: {
      admonishmentId: 4,
      rectificationId: 31,
      year: 2026,
      effectiveUntil: '2027-08-31',
      deadline: '2027-06-01',
    },
  },
  cadre_admonished: {
    kind: 'cadre_admonished',
    payload: {
      admonishmentId: 4,
      rectificationId: 31,
      year: 2026,
      personName: '王建国',
      villageName: '东关村委会',
      deadline: '2027-06-01',
    },
  },
};

/** What each message must name, in Chinese and in English. */
const NAMES: Record<string, [zh: string[], en: string[]]> = {
  reminder: [['12月2日'], ['2 Dec']],
  absence_waiting: [
    ['钱晓雨', '东关村委会', '12月2日—3日', '请假'],
    ['钱晓雨', '东关村委会', '2–3 Dec', 'leave'],
  ],
  absence_decided: [['12月2日—3日的请假已批准'], ['Your leave of 2–3 Dec was approved']],
  log_returned: [['12月2日的日志'], ['2 Dec']],
  recall_alert: [
    ['孙立新', '2026', '32'],
    ['孙立新', '2026', '32'],
  ],
  request_handed_up: [
    ['东关村委会', '基础设施', '#42', '乡镇'],
    ['东关村委会', 'Infrastructure', '#42', 'township'],
  ],
  request_submitted: [
    ['东关村委会', '基础设施', '#42'],
    ['东关村委会', 'Infrastructure', '#42'],
  ],
  request_reopened: [
    ['东关村委会', '基础设施', '#42', '不满意'],
    ['东关村委会', 'Infrastructure', '#42', 'Dissatisfied'],
  ],
  login_locked: [['10.1.2.3'], ['10.1.2.3']],
  spot_check_discrepancy: [
    ['12月2日的抽查与记录不符：视频点名未接通'],
    ['The spot check of 2 Dec contradicts your record', '视频点名未接通'],
  ],
  rectification_escalated: [
    ['#5', '驻村帮扶责任没有完全压实', '12月2日', '乡镇督办'],
    ['#5', '驻村帮扶责任没有完全压实', '2 Dec', 'township'],
  ],
  rectification_returned: [
    ['#5', '驻村帮扶责任没有完全压实', '退回'],
    ['#5', '驻村帮扶责任没有完全压实', 'returned'],
  ],
  rectification_awaiting_review: [
    ['#5', '驻村帮扶责任没有完全压实', '县级销号'],
    ['#5', '驻村帮扶责任没有完全压实', 'county'],
  ],
  violation_recorded: [
    ['未经批准擅自离岗', '12月7日', '申辩'],
    ['未经批准擅自离岗', '7 Dec', 'answer'],
  ],
  violation_answered: [
    ['王建国', '未经批准擅自离岗', '申诉'],
    ['王建国', '未经批准擅自离岗', 'appealed'],
  ],
  violation_decided: [
    ['未经批准擅自离岗', '减轻扣分'],
    ['未经批准擅自离岗', 'Reduced'],
  ],
  milestone_overdue: [
    ['东关村委会', '蔬菜大棚', '大棚主体完工', '12月2日', '逾期'],
    ['东关村委会', '蔬菜大棚', '大棚主体完工', '2 Dec', 'overdue'],
  ],
  task_assigned: [
    ['金城镇', '人居环境整治', '12月20日'],
    ['金城镇', '人居环境整治', '20 Dec'],
  ],
  task_overdue: [
    ['人居环境整治', '已逾期 3 天', '东关村委会', '12月2日'],
    ['人居环境整治', '3 days overdue', '东关村委会', '2 Dec'],
  ],
  meeting_tomorrow: [
    ['视频点名', '十二月视频点名', '12月8日 20:00'],
    ['roll call', '十二月视频点名', '8 Dec 20:00'],
  ],
  meeting_soon: [
    ['会议', '驻村工作推进会', '一小时内', '09:30'],
    ['Meeting', '驻村工作推进会', 'within the hour', '09:30'],
  ],
  rating_notice_published: [
    ['2026 年度', '12月11日', '公示'],
    ['2026', '11 Dec', 'notice'],
  ],
  rating_appealed: [
    ['王建国', '东关村委会', '2026 年度', '申诉'],
    ['王建国', '东关村委会', '2026', 'appealed'],
  ],
  rating_appeal_decided: [
    ['2026 年度', '申诉', '优秀'],
    ['2026', 'appeal', 'Excellent'],
  ],
  admonishment_issued: [
    ['诫勉', '2026 年度', '无星', '2027年6月1日'],
    ['admonished', '2026', 'no star', '1 Jun 2027'],
  ],
  cadre_admonished: [
    ['王建国', '东关村委会', '诫勉', '2027年6月1日'],
    ['王建国', '东关村委会', 'admonished', '1 Jun 2027'],
  ],
};

describe('every notification names its object, in both languages', () => {
  it('has a sample for every kind the server sends (a new kind needs its message)', () => {
    const missing = NOTIFICATION_KINDS.filter((k) => !SAMPLES[k]);
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(SAMPLES))('%s', (kind) => {
    const sample = SAMPLES[kind]!;
    const [zhNames, enNames] = NAMES[kind]!;
    const inZh = notificationText(sample, zh, 'zh-CN', YEAR);
    const inEn = notificationText(sample, en, 'en-US', YEAR);
    for (const name of zhNames) expect(inZh.title).toContain(name);
    for (const name of enNames) expect(inEn.title).toContain(name);
    // not the bare name of the kind, and no Chinese words in the English sentence but the names given
    expect(inZh.title).not.toBe(zh(`duty.notifications.kinds.${kind as 'reminder'}`));
    const englishWords = enNames.reduce((s, n) => s.replaceAll(n, ''), inEn.title);
    expect(englishWords).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('carries the request’s words and the reviewer’s comment on the second line', () => {
    expect(notificationText(SAMPLES.request_submitted!, zh, 'zh-CN', YEAR).detail).toBe(
      '村东头路灯坏了三天了',
    );
    expect(notificationText(SAMPLES.log_returned!, en, 'en-US', YEAR).detail).toBe('请补充走访的户名');
  });

  it('says how leave was decided: not approved, or on to the county', () => {
    const decided = (state: string) => ({
      kind: 'absence_decided',
      payload: { kind: 'official_duty', startDate: '2026-12-02', endDate: '2026-12-02', state },
    });
    expect(notificationText(decided('rejected'), zh, 'zh-CN', YEAR).title).toBe(
      '12月2日的公务外出报备未获批准',
    );
    expect(notificationText(decided('pending_county'), en, 'en-US', YEAR).title).toBe(
      'Your official-duty report of 2 Dec passed the township and goes to the county organisation department',
    );
  });

  it('falls back to the kind’s name for a notification stored before it carried its object', () => {
    const old = { kind: 'absence_decided', payload: { absenceId: 7, state: 'approved' } };
    expect(notificationText(old, zh, 'zh-CN', YEAR)).toEqual({ title: '申请已处理', detail: '' });
    expect(notificationText({ kind: 'from_the_future', payload: {} }, en, 'en-US', YEAR).title).toBe(
      'New notification',
    );
  });
});
