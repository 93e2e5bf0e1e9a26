import { type TCreateCadreRequest, ZCreateCadreRequest } from '@zhucun/core';
import type { TErrorDetail } from '../../errors.ts';
import { detailOfIssue } from '../../i18n/validation.ts';
import { COLUMNS, codeOf, LABELS, type TColumnKey } from './cadres.excel-columns.ts';
import { checkPersonFacts, checkPostingDates } from './cadres.rules.ts';

export type TRowCells = Record<TColumnKey, string>;
export type TLookups = {
  /** township name → village name → village code, only villages inside the importer's scope */
  villages: Map<string, Map<string, string>>;
  units: Map<string, number>;
};

/** A field path of the request (`person.idNumber`) → the column it came from. */
const COLUMN_OF_FIELD: Record<string, TColumnKey> = {
  'posting.villageCode': 'village',
  'posting.unitId': 'unit',
};
function columnOf(field: string): TColumnKey | undefined {
  if (COLUMN_OF_FIELD[field]) return COLUMN_OF_FIELD[field];
  const last = field.split('.').at(-1) as TColumnKey;
  return COLUMNS.some((c) => c.key === last) ? last : undefined;
}

const cellProblem = (
  row: number,
  column: TColumnKey,
  key: TErrorDetail['key'],
  params = {},
): TErrorDetail => ({
  row,
  field: column,
  key,
  params,
});

/** Turns one sheet row into a registration request, or every problem of the row (row + column + reason). */
export function parseRow(row: number, cells: TRowCells, lookups: TLookups) {
  const errors: TErrorDetail[] = [];
  const choice = <T extends Record<string, string>>(column: TColumnKey, labels: T) => {
    const text = cells[column];
    if (!text) return undefined;
    const code = codeOf(labels, text);
    if (code === undefined)
      errors.push(cellProblem(row, column, 'bad_choice_of', { choices: Object.values(labels).join('、') }));
    return code;
  };
  for (const c of COLUMNS) if (c.required && !cells[c.key]) errors.push(cellProblem(row, c.key, 'required'));

  const hasPosting = Boolean(cells.village || cells.category || cells.startDate);
  let villageCode: string | undefined;
  if (hasPosting) {
    villageCode = lookups.villages.get(cells.township)?.get(cells.village);
    if (!villageCode)
      errors.push(
        cellProblem(row, 'village', 'import_village_unknown', {
          township: cells.township,
          village: cells.village,
        }),
      );
    for (const key of ['category', 'postTitle', 'startDate'] as const)
      if (!cells[key]) errors.push(cellProblem(row, key, 'required'));
  }
  let unitId: number | null = null;
  if (cells.unit) {
    unitId = lookups.units.get(cells.unit) ?? null;
    if (unitId === null) errors.push(cellProblem(row, 'unit', 'import_unit_unknown', { value: cells.unit }));
  }
  const orNull = (v: string) => (v === '' ? null : v);
  const input: TCreateCadreRequest = {
    person: {
      name: cells.name,
      gender: choice('gender', LABELS.gender) as 'male' | 'female',
      ethnicity: cells.ethnicity || '汉族',
      birthDate: cells.birthDate,
      idNumber: cells.idNumber.toUpperCase(),
      phone: cells.phone,
      politicalStatus: choice('politicalStatus', LABELS.politicalStatus)!,
      partyJoinDate: orNull(cells.partyJoinDate),
      educationLevel: choice('educationLevel', LABELS.educationLevel)!,
      fullTimeEducation: cells.fullTimeEducation === '是',
      school: orNull(cells.school),
      major: orNull(cells.major),
      personnelStatus: choice('personnelStatus', LABELS.personnelStatus)!,
      homeUnit: orNull(cells.homeUnit),
      homePost: orNull(cells.homePost),
      workStartDate: orNull(cells.workStartDate),
    },
    posting:
      hasPosting && villageCode
        ? {
            villageCode,
            category: choice('category', LABELS.category)!,
            postTitle: cells.postTitle,
            unitId,
            startDate: cells.startDate,
            plannedEndDate: orNull(cells.plannedEndDate),
          }
        : null,
    createAccount: false,
  };
  if (cells.fullTimeEducation && !['是', '否'].includes(cells.fullTimeEducation))
    errors.push(cellProblem(row, 'fullTimeEducation', 'bad_choice_of', { choices: '是、否' }));
  if (errors.length) return { errors };

  const parsed = ZCreateCadreRequest.safeParse(input);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) =>
      detailOfIssue({
        keyword: issue.code,
        instancePath: `/${issue.path.join('/')}`,
        params: { ...issue },
        message: issue.message,
      }),
    );
    return { errors: details.map((d) => ({ ...d, row, field: columnOf(d.field) ?? d.field })) };
  }
  const facts = [
    ...checkPersonFacts(parsed.data.person),
    ...(parsed.data.posting ? checkPostingDates(parsed.data.posting) : []),
  ];
  if (facts.length) return { errors: facts.map((d) => ({ ...d, row, field: columnOf(d.field) ?? d.field })) };
  return { request: parsed.data };
}
