import type { TProjectFundingSource, TProjectKind, TProjectState } from '@zhucun/core';

/** The bulletin's figure: the demo county's industry projects (蔬菜大棚、冷链物流、羊肚菌种植…). */
export const DEMO_INDUSTRY_PROJECTS = 43;

/** An industry project's title (after the village's short name), target and its milestones. */
type TTemplate = {
  title: string;
  what: string;
  quantity: [number, number];
  unit: string;
  milestones: string[];
};

export const INDUSTRY: TTemplate[] = [
  {
    title: '日光温室蔬菜大棚',
    what: '建成日光温室蔬菜大棚',
    quantity: [10, 40],
    unit: '座',
    milestones: ['土地流转与平整', '大棚钢架与棚膜安装', '滴灌与保温设施配套', '首茬蔬菜定植上市'],
  },
  {
    title: '果蔬冷链物流仓储中心',
    what: '建成冷库库容',
    quantity: [500, 2000],
    unit: '吨',
    milestones: ['冷库选址与用地手续', '主体建设', '制冷设备安装调试', '与合作社签订仓储协议'],
  },
  {
    title: '羊肚菌设施种植基地',
    what: '建成羊肚菌种植棚',
    quantity: [20, 60],
    unit: '亩',
    milestones: ['菌种采购与技术培训', '种植棚搭建', '播种与覆土', '采收与销售对接'],
  },
  {
    title: '小杂粮加工车间',
    what: '年加工小杂粮',
    quantity: [300, 1200],
    unit: '吨',
    milestones: ['车间改造', '加工设备采购安装', '注册商标与包装设计', '试生产'],
  },
  {
    title: '肉牛养殖小区',
    what: '存栏肉牛',
    quantity: [100, 400],
    unit: '头',
    milestones: ['圈舍建设', '饲草料基地配套', '首批架子牛引进', '防疫体系建立'],
  },
  {
    title: '光伏扶贫电站扩容',
    what: '新增装机容量',
    quantity: [100, 500],
    unit: '千瓦',
    milestones: ['方案批复', '组件采购', '安装并网', '收益分配方案公示'],
  },
  {
    title: '中药材黄芪种植',
    what: '种植黄芪',
    quantity: [100, 500],
    unit: '亩',
    milestones: ['种苗采购', '整地播种', '田间管理培训', '订单收购协议签订'],
  },
  {
    title: '食用菌出菇大棚',
    what: '建成出菇棚',
    quantity: [15, 50],
    unit: '座',
    milestones: ['大棚建设', '菌棒采购', '出菇管理', '产品进超市'],
  },
  {
    title: '鲜食玉米产销一体化',
    what: '种植鲜食玉米',
    quantity: [300, 1000],
    unit: '亩',
    milestones: ['订单签订', '统一供种播种', '速冻生产线调试', '产品外销'],
  },
  {
    title: '胡麻油坊提质改造',
    what: '年产胡麻油',
    quantity: [50, 200],
    unit: '吨',
    milestones: ['设备更新', '食品生产许可办理', '品牌包装', '电商上线'],
  },
  {
    title: '农产品电商服务站',
    what: '年线上销售额',
    quantity: [100, 500],
    unit: '万元',
    milestones: ['站点装修', '主播培训', '直播带货首场', '物流合作签约'],
  },
  {
    title: '设施葡萄采摘园',
    what: '建成葡萄温室',
    quantity: [10, 30],
    unit: '座',
    milestones: ['温室建设', '苗木定植', '水肥一体化配套', '采摘节开园'],
  },
  {
    title: '蛋鸡标准化养殖场',
    what: '存栏蛋鸡',
    quantity: [10_000, 50_000],
    unit: '只',
    milestones: ['鸡舍建设', '自动化设备安装', '鸡苗引进', '鸡蛋销售渠道落实'],
  },
  {
    title: '西红柿育苗中心',
    what: '年育苗',
    quantity: [100, 500],
    unit: '万株',
    milestones: ['育苗棚建设', '苗床与补光设备', '首批育苗', '周边村订苗'],
  },
];

/** Non-industry kinds of the secretaries' demonstration projects (一村一示范), with their titles. */
export const DEMONSTRATION: {
  kind: TProjectKind;
  title: string;
  what: string;
  unit: string;
  milestones: string[];
}[] = [
  {
    kind: 'rural_tourism',
    title: '乡村旅游民宿示范点',
    what: '改造农家民宿',
    unit: '户',
    milestones: ['民宿户动员签约', '房屋改造', '服务培训', '对外营业'],
  },
  {
    kind: 'infrastructure',
    title: '村内道路硬化与亮化',
    what: '硬化村内道路',
    unit: '公里',
    milestones: ['勘测设计', '路基施工', '路面硬化', '路灯安装验收'],
  },
  {
    kind: 'party_building',
    title: '红色物业便民服务',
    what: '组建党员服务队',
    unit: '支',
    milestones: ['服务队组建', '服务清单公示', '上门服务开展', '群众满意度回访'],
  },
  {
    kind: 'public_services',
    title: '互助幸福院提升',
    what: '入住互助老人',
    unit: '人',
    milestones: ['房屋修缮', '食堂配套', '入住登记', '志愿服务排班'],
  },
  {
    kind: 'employment',
    title: '帮扶车间稳岗就业',
    what: '吸纳脱贫劳动力就业',
    unit: '人',
    milestones: ['车间招商', '技能培训', '上岗签约', '工资发放核验'],
  },
  {
    kind: 'infrastructure',
    title: '人居环境整治与改厕',
    what: '完成户厕改造',
    unit: '户',
    milestones: ['摸底登记', '设备采购', '入户施工', '验收与后期管护'],
  },
];

export const PROGRESS_TEXTS = [
  '组织召开村民代表会议，项目方案通过表决并公示',
  '与县农业农村局对接，落实项目用地和配套资金',
  '施工队进场，完成场地平整，监理全程跟进',
  '组织 15 户农户参加技术培训，发放种植手册',
  '与县冷链物流企业签订收购意向，解决销路问题',
  '主体工程完成约六成，存在材料涨价问题，已向乡镇报告',
  '首批产品上市，带动 8 户脱贫户务工增收',
];

export const CRITERIA = [
  { measure: '建设任务完成', weight: 40, evidence: '竣工验收单和现场照片' },
  { measure: '带动农户增收', weight: 35, evidence: '务工和分红花名册' },
  { measure: '资金使用规范', weight: 25, evidence: '资金拨付凭证和公示照片' },
];

/** How the 43 industry projects stand: all approved by the township or further (the count's rule). */
export const INDUSTRY_STATES: TProjectState[] = [
  ...Array<TProjectState>(30).fill('in_progress'),
  ...Array<TProjectState>(4).fill('approved'),
  ...Array<TProjectState>(4).fill('filed'),
  ...Array<TProjectState>(2).fill('acceptance'),
  ...Array<TProjectState>(3).fill('done'),
];

/** How the demonstration projects stand, cycled: mostly under way, a few waiting or still drafts. */
export const DEMONSTRATION_STATES: TProjectState[] = [
  'in_progress',
  'in_progress',
  'approved',
  'in_progress',
  'submitted',
  'filed',
  'in_progress',
  'draft',
  'in_progress',
  'done',
];

/** Funding by source as shares of the budget (the rest goes to the first). */
export const FUNDING_MIXES: [TProjectFundingSource, number][][] = [
  [
    ['fiscal_linked', 0.6],
    ['village_collective', 0.2],
    ['enterprise', 0.2],
  ],
  [
    ['fiscal_linked', 0.5],
    ['dispatching_unit', 0.3],
    ['villagers', 0.2],
  ],
  [
    ['county_finance', 0.7],
    ['bank_loan', 0.3],
  ],
  [
    ['fiscal_linked', 0.8],
    ['township_finance', 0.2],
  ],
];

/** The actions that bring a project from nothing to a state, in order. */
export const PATH_TO: Record<TProjectState, string[]> = {
  draft: ['create'],
  submitted: ['create', 'submit'],
  approved: ['create', 'submit', 'approve'],
  filed: ['create', 'submit', 'approve', 'file'],
  in_progress: ['create', 'submit', 'approve', 'file', 'start'],
  acceptance: ['create', 'submit', 'approve', 'file', 'start', 'request_acceptance'],
  done: ['create', 'submit', 'approve', 'file', 'start', 'request_acceptance', 'pass_acceptance'],
  stopped: ['create', 'stop'],
};
