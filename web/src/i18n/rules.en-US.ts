import type { rulesZhCN } from './rules.zh-CN.ts';

/** English strings of the county rules page. */
export const rulesEnUS: typeof rulesZhCN = {
  rules: {
    title: 'County rules',
    intro:
      'These rules come from the bulletin and the county’s own decisions. A change takes effect at once and is recorded in the audit log.',
    titleOfYear: 'County rules · {{year}}',
    year: 'Year of the rules',
    yearOption: '{{year}}',
    thisYear: ' (this year)',
    laterYear: ' (later)',
    closedYear: ' (closed, read-only)',
    editingNotice:
      'Changing the rules of {{year}}: they apply from {{year}} on, and the later years that follow them change too; earlier years keep their rules and the figures computed with them.',
    closedNotice:
      '{{year}} is closed and its rules are read-only: that year’s compliance, days in the village, night visits, spot-check caps and ledgers are computed with them.',
    calendarTitle: 'Public holidays and adjusted working days of {{year}}',
    publishedNotice:
      'By default the arrangement for {{year}} the General Office of the State Council issued on {{issued}}; the county may change it.',
    notPublished:
      'The State Council’s arrangement for {{year}} is not in the system (not yet published, or not added); once published, add its days below.',
    fillPublished: 'Fill in the State Council’s arrangement',
    filled: 'The State Council’s arrangement is filled in; save to apply it',
    workdays: 'Adjusted working days (a Saturday or Sunday worked: a working day, never excused)',
    workdaysHint: 'Pick a date to add it; an adjusted working day is neither a holiday nor a rest day.',
    addWorkday: 'Add an adjusted working day',
    times: 'times',
    spotChecksTitle: 'Spot-check absences that cap the grade',
    spotChecksHint:
      'When spot checks find a cadre absent this many times in a year, the year’s grade is at most the one named (the numbers must not decrease).',
    caps: {
      competent: 'Not excellent from',
      basically_competent: 'Basically competent at most from',
      incompetent: 'Incompetent from',
    },
    saveOfYear: 'Save the rules of {{year}}',
    registry: 'Cadre registry',
    presence: 'Five days, four nights',
    leave: 'Leave and backfilling',
    deadlinesTitle: "Deadlines for villagers' requests",
    deadlinesHint:
      'Working days from registration (weekends and the holidays below excluded); accepting takes one working day.',
    deadlineNormal: 'Normal (working days)',
    deadlineUrgent: 'Urgent (working days)',
    termYears: 'Default term (years)',
    unitAdminMayEdit: 'Dispatching units’ administrators may correct their cadres’ facts and photo',
    weekDays: 'Days in the village a week',
    weekNights: 'Nights in the village a week',
    monthDays: 'Days in the village a month (target)',
    yearDays: 'Days in the village a year (target)',
    townshipLeaveMaxDays: 'Leave days a township may approve',
    monthNightVisits: 'Night visits a month',
    recallLeaveDays: 'Leave days a year before the unit is asked to recall',
    backfillDays: 'Days that may be backfilled',
    reminderTime: 'Evening reminder at',
    holidays: 'Holidays (each lowers that week’s requirements by one)',
    holidaysHint: 'Pick a date to add it; a holiday that is also a leave day counts once.',
    addHoliday: 'Add a holiday',
    days: 'days',
    save: 'Save',
    saved: 'Rules saved',
    noChange: 'Nothing changed',
  },
};
