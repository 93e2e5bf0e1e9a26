import type { TUnitKind, TUnitLevel } from './types.ts';

export type TUnitSpec = { name: string; kind: TUnitKind; level: TUnitLevel };

const list = (kind: TUnitKind, level: TUnitLevel, names: string): TUnitSpec[] =>
  names
    .trim()
    .split(/\s+/)
    .map((name) => ({ name, kind, level }));

/** The county's rural revitalisation bureau, which also hosts some graduate officials (到村任职大学生). */
export const RURAL_REVITALISATION_BUREAU = '应县乡村振兴局';
/** The Organisation Department (县委组织部), which manages every cadre in the village. */
export const ORGANISATION_DEPARTMENT = '应县县委组织部';

/** Dispatching units (派出单位) of Ying County, Shuozhou City and the province: 62 in all. */
export const UNIT_SPECS: readonly TUnitSpec[] = [
  ...list(
    'party_government',
    'county',
    `${ORGANISATION_DEPARTMENT} 应县县委办公室 应县人民政府办公室 应县县委宣传部 应县县委统战部
     应县县委政法委员会 应县纪委监委 应县人大常委会办公室 应县政协办公室 应县发展和改革局 应县财政局
     应县农业农村局 ${RURAL_REVITALISATION_BUREAU} 应县教育局 应县卫生健康局 应县自然资源局
     应县住房和城乡建设局 应县水利局 应县交通运输局 应县文化和旅游局 应县市场监督管理局 应县公安局
     应县人力资源和社会保障局 应县民政局 应县司法局 应县审计局 应县统计局 应县林业局 应县工业和信息化局
     应县商务局 应县应急管理局 应县退役军人事务局 应县医疗保障局 应县行政审批服务管理局 应县信访局`,
  ),
  ...list('other', 'county', '应县供销合作社 应县总工会 应县妇女联合会 共青团应县委员会 应县科学技术协会'),
  ...list(
    'public_institution',
    'county',
    `应县人民医院 应县中医医院 应县疾病预防控制中心 应县第一中学校 应县职业技术学校 应县农业技术推广中心
     应县畜牧兽医服务中心 应县木塔文物保管所 应县融媒体中心 应县城乡规划服务中心`,
  ),
  ...list(
    'state_enterprise',
    'county',
    '国网应县供电公司 应县农商银行 中国邮政应县分公司 中国农业银行应县支行 中国移动应县分公司',
  ),
  ...list(
    'party_government',
    'city',
    '朔州市委组织部 朔州市财政局 朔州市农业农村局 朔州市乡村振兴局 朔州市发展和改革委员会',
  ),
  ...list('public_institution', 'city', '朔州市人民医院'),
  ...list('party_government', 'provincial', '山西省农业农村厅 山西省乡村振兴局'),
];

/** Units whose people may become a village Party secretary: agencies and public institutions of the county. */
export const isAgencyOrInstitution = (u: TUnitSpec) =>
  u.kind === 'party_government' || u.kind === 'public_institution';
