import { ledgerWorkbook } from '../modules/cadres/cadres.excel.ts';
import type { TColumnKey } from '../modules/cadres/cadres.excel-columns.ts';
import { buildPerson } from './cadre-factory.ts';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A ledger row as a clerk would type it: a graduate official in 金城镇 东关村委会, named `<prefix>NNN`. */
export function sheetRow(i: number, prefix = '导入'): Record<TColumnKey, string> {
  const p = buildPerson({ name: `${prefix}${String(i).padStart(3, '0')}` });
  return {
    name: p.name,
    gender: '女',
    ethnicity: '汉族',
    birthDate: p.birthDate,
    idNumber: p.idNumber,
    phone: p.phone,
    politicalStatus: '中共党员',
    partyJoinDate: '2016-06-01',
    educationLevel: '大学本科',
    fullTimeEducation: '是',
    school: '山西大学',
    major: '农学',
    personnelStatus: '公务员',
    homeUnit: '',
    homePost: '',
    workStartDate: '2017-08-01',
    township: '金城镇',
    village: '东关村委会',
    category: '到村任职大学生',
    postTitle: '村委会主任助理',
    unit: '',
    startDate: '2025-09-01',
    plannedEndDate: '',
    personId: '',
  };
}

/** The rows as an uploaded ledger (the template's sheets, written by exceljs). */
export async function ledgerXlsx(rows: Record<TColumnKey, string>[]): Promise<Buffer> {
  return Buffer.from(await ledgerWorkbook(rows, []).xlsx.writeBuffer());
}
