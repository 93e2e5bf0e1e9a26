import { datesBetween } from './presence.ts';

/**
 * China's public holidays (放假) and adjusted working days (调休上班) for a year, as the General Office
 * of the State Council publishes them each autumn in its 国务院办公厅关于某年部分节假日安排的通知.
 * A holiday's every date is listed, the weekend days inside it too; where the notice says 与周末连休
 * (the holiday joins a weekend) only the holiday itself is listed, the weekend resting anyway.
 * These are the defaults of the county's `holidays` and `workdays`; the county may edit them per year.
 */
export type TPublicHolidayYear = {
  /** The notice, by its document number (发文字号) and date. */
  notice: string;
  /** The day the notice was issued. */
  issued: string;
  /** Each holiday as the notice gives it: first and last date (放假), the days it says it lasts (共…天), the working days moved for it. */
  holidays: readonly { name: string; from: string; to: string; days: number; workdays: readonly string[] }[];
};

export const CN_PUBLIC_HOLIDAYS: Readonly<Record<number, TPublicHolidayYear>> = {
  // 国务院办公厅关于2022年部分节假日安排的通知，国办发明电〔2021〕11号，2021年10月25日
  2022: {
    notice: '国办发明电〔2021〕11号（2021年10月25日）',
    issued: '2021-10-25',
    holidays: [
      { name: '元旦', from: '2022-01-01', to: '2022-01-03', days: 3, workdays: [] },
      { name: '春节', from: '2022-01-31', to: '2022-02-06', days: 7, workdays: ['2022-01-29', '2022-01-30'] },
      { name: '清明节', from: '2022-04-03', to: '2022-04-05', days: 3, workdays: ['2022-04-02'] },
      {
        name: '劳动节',
        from: '2022-04-30',
        to: '2022-05-04',
        days: 5,
        workdays: ['2022-04-24', '2022-05-07'],
      },
      { name: '端午节', from: '2022-06-03', to: '2022-06-05', days: 3, workdays: [] },
      { name: '中秋节', from: '2022-09-10', to: '2022-09-12', days: 3, workdays: [] },
      {
        name: '国庆节',
        from: '2022-10-01',
        to: '2022-10-07',
        days: 7,
        workdays: ['2022-10-08', '2022-10-09'],
      },
    ],
  },
  // 国务院办公厅关于2023年部分节假日安排的通知，国办发明电〔2022〕16号，2022年12月8日
  // (元旦 begins on 31 December 2022: a year's list may reach into the last days of the year before)
  2023: {
    notice: '国办发明电〔2022〕16号（2022年12月8日）',
    issued: '2022-12-08',
    holidays: [
      { name: '元旦', from: '2022-12-31', to: '2023-01-02', days: 3, workdays: [] },
      { name: '春节', from: '2023-01-21', to: '2023-01-27', days: 7, workdays: ['2023-01-28', '2023-01-29'] },
      { name: '清明节', from: '2023-04-05', to: '2023-04-05', days: 1, workdays: [] },
      {
        name: '劳动节',
        from: '2023-04-29',
        to: '2023-05-03',
        days: 5,
        workdays: ['2023-04-23', '2023-05-06'],
      },
      { name: '端午节', from: '2023-06-22', to: '2023-06-24', days: 3, workdays: ['2023-06-25'] },
      {
        name: '中秋节、国庆节',
        from: '2023-09-29',
        to: '2023-10-06',
        days: 8,
        workdays: ['2023-10-07', '2023-10-08'],
      },
    ],
  },
  // 国务院办公厅关于2024年部分节假日安排的通知，国办发明电〔2023〕7号，2023年10月25日
  2024: {
    notice: '国办发明电〔2023〕7号（2023年10月25日）',
    issued: '2023-10-25',
    holidays: [
      { name: '元旦', from: '2024-01-01', to: '2024-01-01', days: 1, workdays: [] }, // 与周末连休
      { name: '春节', from: '2024-02-10', to: '2024-02-17', days: 8, workdays: ['2024-02-04', '2024-02-18'] },
      { name: '清明节', from: '2024-04-04', to: '2024-04-06', days: 3, workdays: ['2024-04-07'] },
      {
        name: '劳动节',
        from: '2024-05-01',
        to: '2024-05-05',
        days: 5,
        workdays: ['2024-04-28', '2024-05-11'],
      },
      { name: '端午节', from: '2024-06-10', to: '2024-06-10', days: 1, workdays: [] }, // 与周末连休
      { name: '中秋节', from: '2024-09-15', to: '2024-09-17', days: 3, workdays: ['2024-09-14'] },
      {
        name: '国庆节',
        from: '2024-10-01',
        to: '2024-10-07',
        days: 7,
        workdays: ['2024-09-29', '2024-10-12'],
      },
    ],
  },
  // 国务院办公厅关于2025年部分节假日安排的通知，国办发明电〔2024〕12号，2024年11月12日
  // (the first year of the revised 全国年节及纪念日放假办法: 除夕 and a second day of 劳动节 added)
  2025: {
    notice: '国办发明电〔2024〕12号（2024年11月12日）',
    issued: '2024-11-12',
    holidays: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01', days: 1, workdays: [] },
      { name: '春节', from: '2025-01-28', to: '2025-02-04', days: 8, workdays: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06', days: 3, workdays: [] },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05', days: 5, workdays: ['2025-04-27'] },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02', days: 3, workdays: [] },
      {
        name: '国庆节、中秋节',
        from: '2025-10-01',
        to: '2025-10-08',
        days: 8,
        workdays: ['2025-09-28', '2025-10-11'],
      },
    ],
  },
  // 国务院办公厅关于2026年部分节假日安排的通知，国办发明电〔2025〕7号，2025年11月4日 (新华社受权发布)
  2026: {
    notice: '国办发明电〔2025〕7号（2025年11月4日）',
    issued: '2025-11-04',
    holidays: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03', days: 3, workdays: ['2026-01-04'] },
      { name: '春节', from: '2026-02-15', to: '2026-02-23', days: 9, workdays: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06', days: 3, workdays: [] },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05', days: 5, workdays: ['2026-05-09'] },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21', days: 3, workdays: [] },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27', days: 3, workdays: [] },
      {
        name: '国庆节',
        from: '2026-10-01',
        to: '2026-10-07',
        days: 7,
        workdays: ['2026-09-20', '2026-10-10'],
      },
    ],
  },
  // 2027: the notice (国务院办公厅关于2027年部分节假日安排的通知) could not be found with certainty when
  // this list was written, so no date is given: the county enters the year's holidays on the rules page.
};

/** The public holidays and adjusted working days of a year, sorted; empty lists for a year not published here. */
export function publicHolidaysOf(year: number): { holidays: string[]; workdays: string[] } {
  const published = CN_PUBLIC_HOLIDAYS[year];
  if (!published) return { holidays: [], workdays: [] };
  return {
    holidays: published.holidays.flatMap((h) => datesBetween(h.from, h.to)).sort(),
    workdays: published.holidays.flatMap((h) => h.workdays).sort(),
  };
}
