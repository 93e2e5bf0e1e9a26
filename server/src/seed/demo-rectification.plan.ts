import type { TRectificationLevel, TRectificationSource, TRectificationState } from '@zhucun/core';

/** Where a demo problem sits: a demo cadre's village (so they see it), another village, a township, the county. */
export type TDemoWhere = 'cadre_village' | 'village' | 'township' | 'county';

/** One demo problem: its words, where, the state it has reached and its deadline relative to seeding. */
export type TDemoProblem = {
  source: TRectificationSource;
  problem: string;
  level: TRectificationLevel;
  where: TDemoWhere;
  state: TRectificationState;
  /** Deadline, days from the seeding day (negative: past). */
  due: number;
  /** Returned once on the way (a returned item's reason, or one in a closed item's history). */
  returnedFor?: string;
  /** How many times the overdue job has escalated it (an open one past its deadline). */
  escalations?: number;
  measures: string[];
  evidence: string;
  /** Words of the progress or completion reports (the last is the completion). */
  reports: string[];
};

const NATIONAL = '国家巩固拓展脱贫攻坚成果同乡村振兴有效衔接考核评估反馈';
const PROVINCIAL = '省委第三巡视组、省乡村振兴局专项督查反馈';
const COUNTY = '县委组织部驻村帮扶工作专项自查';
/** The feedback each source came in, as the ledger's 反馈批次 reads. */
export const SOURCE_REFS: Record<TRectificationSource, string> = {
  national_assessment: NATIONAL,
  provincial_inspection: PROVINCIAL,
  county_self_check: COUNTY,
  admonishment: '星级评定诫勉',
};

/**
 * About twenty problems in every state. The first is the bulletin's own (山西省乡村振兴简报 2022 年第 22 期:
 * 针对国考反馈驻村帮扶责任没有完全压实等问题 … 建立完善并大力推行“四化”机制); the others are the usual
 * findings about village-stationed work.
 */
export const DEMO_PROBLEMS: TDemoProblem[] = [
  {
    source: 'national_assessment',
    problem: '驻村帮扶责任没有完全压实',
    level: 'county',
    where: 'county',
    state: 'open',
    due: 45,
    measures: [
      '按照驻村帮扶“六化十到位”要求，建立完善标准化家园、专职化履职、项目化帮扶、星级化管理“四化”机制',
      '统筹加强机关事业单位干部到村任党组织书记、到村任职大学生、选调生大学生村官、驻村工作队管理',
      '建立岗位职责、任务、履职行为负面“三张清单”，实行星级化管理',
    ],
    evidence: '“四化”机制实施方案、三张清单、星级评定结果',
    reports: ['已印发“四化”机制实施方案，86 处驻村干部家园完成标准化建设，三张清单已下发到岗'],
  },
  {
    source: 'national_assessment',
    problem: '部分驻村工作队员“走读”，在村时间达不到“五天四夜”要求',
    level: 'village',
    where: 'cadre_village',
    state: 'returned',
    due: 20,
    returnedFor: '佐证材料只有承诺书，缺少近一个月的在村记录',
    measures: ['队员逐日记录在村情况，乡镇每周核对', '县委组织部每月开展视频点名抽查'],
    evidence: '近一个月的在村记录、视频点名记录',
    reports: ['队员已签订在岗承诺书，落实“五天四夜”'],
  },
  {
    source: 'national_assessment',
    problem: '第一书记对村情民意掌握不全面，脱贫户、监测户入户走访未全覆盖',
    level: 'village',
    where: 'cadre_village',
    state: 'open',
    due: 12,
    measures: ['建立入户走访台账，一户一档', '结合夜访群众，三个月内走访全覆盖'],
    evidence: '入户走访台账、夜访记录',
    reports: ['已走访脱贫户 38 户、监测户 6 户，剩余 21 户本月完成'],
  },
  {
    source: 'provincial_inspection',
    problem: '驻村干部工作日志记录不规范，内容空泛、千篇一律',
    level: 'village',
    where: 'cadre_village',
    state: 'reported',
    due: 8,
    measures: ['按日记录实际工作和走访情况，乡镇每周点评', '退回内容空泛的日志补充'],
    evidence: '近一个月工作日志及乡镇点评',
    reports: ['已按要求逐日记录，附本月日志截图及乡镇点评'],
  },
  {
    source: 'national_assessment',
    problem: '帮扶项目联农带农机制不健全，脱贫户参与度低、受益不明显',
    level: 'village',
    where: 'village',
    state: 'township_approved',
    due: 5,
    measures: ['完善项目收益分配方案，明确脱贫户分红比例', '优先吸纳脱贫劳动力务工'],
    evidence: '收益分配方案、务工花名册、分红发放凭证',
    reports: ['已修订收益分配方案，吸纳脱贫劳动力 12 人务工，首期分红已发放'],
  },
  {
    source: 'national_assessment',
    problem: '防返贫动态监测不及时，个别因病致贫风险户未及时纳入监测',
    level: 'village',
    where: 'village',
    state: 'closed',
    due: -20,
    measures: ['全面排查因病、因灾风险户', '符合条件的及时纳入监测并落实帮扶措施'],
    evidence: '排查台账、纳入监测审批表',
    reports: ['排查 312 户，新纳入监测 3 户，均已落实医疗救助和临时救助'],
  },
  {
    source: 'provincial_inspection',
    problem: '驻村干部请销假制度执行不严格，存在未请假离岗情况',
    level: 'township',
    where: 'township',
    state: 'closed',
    due: -35,
    returnedFor: '未附请假审批记录',
    measures: ['请假一律线上申请、逐级审批', '乡镇每月通报请销假情况'],
    evidence: '请假审批记录、月度通报',
    reports: ['已实行线上请假审批', '补充了近两个月请假审批记录和月度通报'],
  },
  {
    source: 'national_assessment',
    problem: '派出单位“两不脱钩”落实不力，对驻村干部支持保障不到位',
    level: 'county',
    where: 'county',
    state: 'reported',
    due: 15,
    measures: ['派出单位主要负责人每季度到村调研', '落实驻村工作经费和生活补助'],
    evidence: '调研记录、经费拨付凭证',
    reports: ['76 个派出单位主要负责人已完成本季度到村调研，工作经费全部拨付到位'],
  },
  {
    source: 'provincial_inspection',
    problem: '驻村干部住宿条件简陋，部分未达到标准化家园要求',
    level: 'village',
    where: 'village',
    state: 'closed',
    due: -50,
    measures: ['按标准化公寓或农家小院标准改造', '配齐床铺、炊具、取暖设施'],
    evidence: '改造前后照片、家园验收表',
    reports: ['已完成标准化农家小院改造并通过乡镇验收'],
  },
  {
    source: 'county_self_check',
    problem: '村集体经济发展思路不清，收入来源单一',
    level: 'village',
    where: 'village',
    state: 'open',
    due: -10,
    escalations: 1,
    measures: ['驻村第一书记牵头谋划一个村集体经济项目', '盘活闲置集体资产'],
    evidence: '项目方案、集体收入台账',
    reports: ['已初步选定光伏和饲草种植两个方向，正在论证'],
  },
  {
    source: 'county_self_check',
    problem: '群众诉求办结后回访不及时，满意度跟踪缺失',
    level: 'village',
    where: 'cadre_village',
    state: 'closed',
    due: -15,
    returnedFor: '回访记录不全，缺少电话回访的时间和结果',
    measures: ['诉求办结后 5 个工作日内回访', '回访结果录入台账'],
    evidence: '诉求台账及回访记录',
    reports: ['已对办结诉求全部回访', '补充了每条电话回访的时间和群众评价'],
  },
  {
    source: 'provincial_inspection',
    problem: '驻村工作队与村“两委”协作不够，工作合力不强',
    level: 'village',
    where: 'village',
    state: 'reported',
    due: 10,
    measures: ['建立驻村工作队与村“两委”联席会议制度', '共同制定年度工作计划'],
    evidence: '联席会议记录、年度工作计划',
    reports: ['已召开两次联席会议，年度工作计划经村民代表会议通过'],
  },
  {
    source: 'national_assessment',
    problem: '乡镇对驻村干部日常管理考核流于形式',
    level: 'township',
    where: 'township',
    state: 'returned',
    due: 18,
    returnedFor: '考核细则未体现群众评议，请补充后再报',
    measures: ['制定驻村干部日常考核细则', '每季度开展一次考核并反馈'],
    evidence: '考核细则、季度考核结果',
    reports: ['已制定日常考核细则并开展第三季度考核'],
  },
  {
    source: 'county_self_check',
    problem: '到村任职大学生岗位职责不清，多从事事务性工作',
    level: 'township',
    where: 'township',
    state: 'open',
    due: 30,
    measures: ['按岗位职责清单明确到村任职大学生职责', '每人领办一项具体工作'],
    evidence: '岗位职责清单、领办事项台账',
    reports: [],
  },
  {
    source: 'national_assessment',
    problem: '脱贫人口小额信贷政策宣传不到位，群众知晓率低',
    level: 'village',
    where: 'village',
    state: 'closed',
    due: -8,
    measures: ['逐户宣传小额信贷政策', '对有意愿的农户协助办理'],
    evidence: '宣传记录、贷款办理台账',
    reports: ['已逐户宣传 156 户，协助 9 户办理小额信贷'],
  },
  {
    source: 'provincial_inspection',
    problem: '产业奖补资金兑付不及时，个别脱贫户反映未按时领到',
    level: 'village',
    where: 'village',
    state: 'township_approved',
    due: 3,
    measures: ['核对奖补对象和金额', '一周内兑付到户并公示'],
    evidence: '兑付清单、公示照片',
    reports: ['已核对并兑付 43 户奖补资金，在村务公开栏公示'],
  },
  {
    source: 'county_self_check',
    problem: '人居环境整治长效机制不健全，村内垃圾清运不及时',
    level: 'village',
    where: 'cadre_village',
    state: 'reported',
    due: 6,
    measures: ['落实保洁员责任区', '建立垃圾定时清运制度'],
    evidence: '保洁员责任区划分表、清运记录及照片',
    reports: ['已划分 6 个保洁责任区，垃圾每两天清运一次'],
  },
  {
    source: 'provincial_inspection',
    problem: '驻村帮扶工作档案资料不全，帮扶措施记录缺失',
    level: 'village',
    where: 'village',
    state: 'open',
    due: -20,
    escalations: 2,
    measures: ['按“一户一档”补齐帮扶档案', '乡镇逐村验收'],
    evidence: '档案目录、乡镇验收意见',
    reports: [],
  },
  {
    source: 'national_assessment',
    problem: '易地扶贫搬迁后续扶持不到位，搬迁户就业帮扶措施针对性不强',
    level: 'village',
    where: 'village',
    state: 'closed',
    due: -30,
    returnedFor: '就业台账与实际不符，请核实后再报',
    measures: ['逐户摸清搬迁户就业意愿', '开展订单式技能培训'],
    evidence: '就业台账、培训签到表',
    reports: ['已摸清就业意愿，开展培训 2 期', '核实后更新了就业台账，28 户均有 1 人以上稳定就业'],
  },
  {
    source: 'provincial_inspection',
    problem: '驻村干部召回调整机制落实不到位，不胜任人员未及时调整',
    level: 'county',
    where: 'county',
    state: 'closed',
    due: -12,
    measures: ['完善召回调整办法', '对年度考核不合格的驻村干部及时召回'],
    evidence: '召回调整办法、调整文件',
    reports: ['已印发召回调整办法，召回调整 3 人'],
  },
];
