import { idCheckChar } from '../core/src/id-number.ts';
import type { TColumnKey } from '../server/src/modules/cadres/cadres.excel-columns.ts';

const VILLAGES = [
  ['金城镇', '东关村委会'],
  ['金城镇', '东南角村委会'],
  ['南河种镇', '西堡村委会'],
  ['下社镇', '李堡村委会'],
] as const;

/** Row n of a synthetic cadre ledger (the import template's columns): unique valid ID numbers and phones. */
export function ledgerRow(n: number): Record<TColumnKey, string> {
  const year = 1960 + (n % 40);
  const day = String(1 + (n % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0');
  const seq = String(Math.floor(n / 336) % 1000).padStart(3, '0');
  const first17 = `${140600 + (Math.floor(n / 336000) % 99)}${year}${month}${day}${seq}`;
  const [township, village] = VILLAGES[n % VILLAGES.length]!;
  return {
    name: `测试${n}`,
    gender: Number(seq) % 2 === 1 ? '男' : '女',
    ethnicity: '汉族',
    birthDate: `${year}-${month}-${day}`,
    idNumber: first17 + idCheckChar(first17),
    phone: `13${String(100000000 + n)}`,
    politicalStatus: '群众',
    partyJoinDate: '',
    educationLevel: '大学本科',
    fullTimeEducation: '是',
    school: '山西大学',
    major: '农学',
    personnelStatus: '其他',
    homeUnit: '',
    homePost: '',
    workStartDate: '',
    township,
    village,
    category: n % 3 ? '工作队员' : '到村任职大学生',
    postTitle: '队员',
    unit: '',
    startDate: '2025-03-01',
    plannedEndDate: '',
    personId: '',
  };
}
