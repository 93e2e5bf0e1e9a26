import type { rulesZhCN } from './rules.zh-CN.ts';

/** English strings of the county rules page. */
export const rulesEnUS: typeof rulesZhCN = {
  rules: {
    title: 'County rules',
    intro:
      'These rules come from the bulletin and the county’s own decisions. A change takes effect at once and is recorded in the audit log.',
    registry: 'Cadre registry',
    presence: 'Five days, four nights',
    leave: 'Leave and backfilling',
    deadlinesTitle: "Deadlines for villagers' requests",
    deadlinesHint:
      'Working days from registration (weekends and the holidays below excluded); accepting takes one working day.',
    deadlineNormal: 'Normal (working days)',
    deadlineUrgent: 'Urgent (working days)',
    holidaysTitle: 'Public holidays',
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
