import {
  REPORT_CODES as C,
  type TReportColumn,
  type TReportExport,
  type TReportSet,
} from './report-columns.ts';

/** Columns every report starts its place with: the township, the village's 12-digit code and its name. */
const PLACE: TReportColumn[] = [
  { key: 'township', header: '乡镇', type: 'text', meaning: '所在乡镇名称' },
  {
    key: 'village_code',
    header: '村级区划代码',
    type: 'text',
    meaning: '村（社区）的 12 位统计用区划代码，按此代码对应上级平台的村',
  },
  { key: 'village', header: '村（社区）', type: 'text', meaning: '村（社区）名称' },
];

const REGISTRY: TReportSet = {
  export: 'registry',
  title: '驻村干部台账',
  rows: '每名在管辖范围内登记的干部一行（含当前无在岗任职的人，其任职各列留空），按乡镇、村、姓名排列',
  period: false,
  path: '/api/reports/registry.xlsx',
  columns: [
    {
      key: 'person_id',
      header: '系统编号',
      type: 'integer',
      meaning: '本系统中此人的编号，长期不变，用于再次上报时对应同一人',
    },
    ...PLACE,
    { key: 'name', header: '姓名', type: 'text', meaning: '干部姓名' },
    { key: 'gender', header: '性别', type: 'code', codes: C.gender, meaning: '性别' },
    { key: 'ethnicity', header: '民族', type: 'text', meaning: '民族，如“汉族”' },
    { key: 'birth_date', header: '出生日期', type: 'date', meaning: '出生日期' },
    {
      key: 'political_status',
      header: '政治面貌',
      type: 'code',
      codes: C.politicalStatus,
      meaning: '政治面貌',
    },
    { key: 'education_level', header: '学历', type: 'code', codes: C.educationLevel, meaning: '最高学历' },
    {
      key: 'personnel_status',
      header: '人员身份',
      type: 'code',
      codes: C.personnelStatus,
      meaning: '人员身份（决定评星结果如何运用）',
    },
    { key: 'home_unit', header: '工作单位', type: 'text', meaning: '原工作单位' },
    {
      key: 'category',
      header: '干部类别',
      type: 'code',
      codes: C.cadreCategory,
      meaning: '当前在岗任职的干部类别',
    },
    { key: 'post_title', header: '任职职务', type: 'text', meaning: '当前在岗任职的职务' },
    { key: 'dispatch_unit', header: '派出单位', type: 'text', meaning: '当前在岗任职的派出单位' },
    { key: 'start_date', header: '任职开始日期', type: 'date', meaning: '当前在岗任职的开始日期' },
    {
      key: 'planned_end_date',
      header: '计划结束日期',
      type: 'date',
      meaning: '当前在岗任职的计划结束日期（任期届满日）',
    },
  ],
};

const PRESENCE: TReportSet = {
  export: 'presence',
  title: '五天四夜月度统计',
  rows: '每名驻村干部（第一书记、工作队员等派驻人员）在所选年度每个月（或所选的一个月）一行，该月有任职即列出；按月份、乡镇、村、姓名排列，不排名',
  period: true,
  path: '/api/reports/presence.xlsx',
  columns: [
    { key: 'month', header: '月份', type: 'month', meaning: '统计月份' },
    ...PLACE,
    {
      key: 'person_id',
      header: '系统编号',
      type: 'integer',
      meaning: '本系统中此人的编号，与干部台账的系统编号相同',
    },
    { key: 'name', header: '姓名', type: 'text', meaning: '干部姓名' },
    {
      key: 'category',
      header: '干部类别',
      type: 'code',
      codes: C.cadreCategory,
      meaning: '该月所在任职的干部类别',
    },
    {
      key: 'days_in_village',
      header: '在村天数',
      type: 'integer',
      meaning: '该月白天在村或因公外出的天数（按每日去向记录）',
    },
    {
      key: 'nights_in_village',
      header: '在村夜数',
      type: 'integer',
      meaning: '该月夜间在村或因公外出的夜数（按每日去向记录）',
    },
    { key: 'leave_days', header: '请假天数', type: 'integer', meaning: '该月内已批准请假覆盖的日历天数' },
    {
      key: 'weeks_assessed',
      header: '考核周数',
      type: 'integer',
      meaning: '周四落在该月、已结束且整周在岗的周数（与五天四夜周考核同一规则）',
    },
    {
      key: 'weeks_complying',
      header: '达标周数',
      type: 'integer',
      meaning: '考核周中达到“五天四夜”（扣除批准请假和法定节假日后）的周数',
    },
    {
      key: 'log_completeness',
      header: '日志完整率',
      type: 'decimal',
      meaning: '该月在村天数中写了工作日志的天数所占比例；无在村天数时留空',
    },
  ],
};

const REQUESTS: TReportSet = {
  export: 'requests',
  title: '群众诉求台账',
  rows: '所选年度（或月份）内登记的每件群众诉求一行，按乡镇、村、登记日期排列；不含提交人姓名和电话',
  period: true,
  path: '/api/reports/requests.xlsx',
  columns: [
    { key: 'request_id', header: '诉求编号', type: 'integer', meaning: '本系统中诉求的编号，长期不变' },
    ...PLACE,
    { key: 'registered_on', header: '登记日期', type: 'date', meaning: '诉求登记的日期' },
    { key: 'category', header: '诉求类别', type: 'code', codes: C.requestCategory, meaning: '诉求类别' },
    { key: 'urgency', header: '紧急程度', type: 'code', codes: C.urgency, meaning: '一般或紧急' },
    { key: 'description', header: '诉求内容', type: 'text', meaning: '群众反映的事项' },
    { key: 'state', header: '办理状态', type: 'code', codes: C.requestState, meaning: '导出时的办理状态' },
    {
      key: 'owner_level',
      header: '办理层级',
      type: 'code',
      codes: C.ownerLevel,
      meaning: '当前负责办理的层级（村、乡镇、县）',
    },
    { key: 'accept_by', header: '受理期限', type: 'date', meaning: '应受理的最后日期' },
    { key: 'resolve_by', header: '办结期限', type: 'date', meaning: '应办结的最后日期' },
    { key: 'resolved_on', header: '办结日期', type: 'date', meaning: '办结的日期；未办结留空' },
    { key: 'result', header: '办理结果', type: 'text', meaning: '办理结果说明；未办结留空' },
    {
      key: 'satisfaction',
      header: '群众评价',
      type: 'code',
      codes: C.satisfaction,
      meaning: '回访时群众的评价；未回访留空',
    },
  ],
};

const PROJECTS: TReportSet = {
  export: 'projects',
  title: '帮扶项目台账',
  rows: '管辖范围内每个帮扶项目一行（导出当日的状态），按乡镇、项目编号排列',
  period: false,
  path: '/api/reports/projects.xlsx',
  columns: [
    { key: 'project_id', header: '项目编号', type: 'integer', meaning: '本系统中项目的编号，长期不变' },
    { key: 'township', header: '乡镇', type: 'text', meaning: '项目所属乡镇名称' },
    { key: 'villages', header: '涉及村（社区）', type: 'text', meaning: '项目涉及的村名称，多个以“、”分隔' },
    { key: 'title', header: '项目名称', type: 'text', meaning: '项目名称' },
    {
      key: 'kind',
      header: '项目类别',
      type: 'code',
      codes: C.projectKind,
      meaning: '项目类别（产业发展等）',
    },
    { key: 'state', header: '项目状态', type: 'code', codes: C.projectState, meaning: '导出当日的项目状态' },
    {
      key: 'is_demonstration',
      header: '是否示范项目',
      type: 'code',
      codes: C.yesNo,
      meaning: '是否列为示范项目',
    },
    { key: 'leader', header: '项目负责人', type: 'text', meaning: '负责项目的驻村干部姓名' },
    { key: 'target', header: '目标', type: 'text', meaning: '项目目标（内容、数量和单位）' },
    { key: 'target_date', header: '目标完成日期', type: 'date', meaning: '计划达成目标的日期' },
    { key: 'budget_yuan', header: '预算（元）', type: 'decimal', meaning: '项目预算，单位元，保留两位小数' },
    { key: 'beneficiary_households', header: '受益户数', type: 'integer', meaning: '预计受益户数' },
    { key: 'beneficiary_people', header: '受益人数', type: 'integer', meaning: '预计受益人数' },
    { key: 'start_date', header: '开始日期', type: 'date', meaning: '项目开始日期' },
    { key: 'planned_end_date', header: '计划完成日期', type: 'date', meaning: '当前计划完成日期' },
    {
      key: 'milestones_total',
      header: '节点总数',
      type: 'integer',
      meaning: '项目计划中的节点数（不含已删除的）',
    },
    { key: 'milestones_done', header: '已完成节点数', type: 'integer', meaning: '已完成的节点数' },
    {
      key: 'milestones_overdue',
      header: '逾期节点数',
      type: 'integer',
      meaning: '未完成且已过期限的节点数（按导出当日）',
    },
  ],
};

/** The four upward-reporting column sets, in the order the page lists them. */
export const REPORT_SETS: Readonly<Record<TReportExport, TReportSet>> = {
  registry: REGISTRY,
  presence: PRESENCE,
  requests: REQUESTS,
  projects: PROJECTS,
};

/** The keys of a set's columns, in order (a row's type in the server's writer). */
export const reportKeys = (e: TReportExport): string[] => REPORT_SETS[e].columns.map((c) => c.key);
