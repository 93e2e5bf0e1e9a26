import { labelsIn, TODO_KIND_LABELS } from '@zhucun/core';

/** Chinese strings of the to-do panel (待办), spread into zh-CN.ts. */
export const todosZhCN = {
  todos: {
    title: '待办事项',
    kinds: labelsIn(TODO_KIND_LABELS, 'zh-CN'),
    none: '暂无待办：目前没有等您处理的事项。',
    count: '{{count}} 项',
    dueToday: '今天',
    dueBy: '{{date}}前',
    overdue: '已逾期（{{date}}）',
    more: '还有 {{count}} 类',
    less: '收起',
    hint: '这里只列仍等您处理的事项，处理后自动消失；消息通知见右上角铃铛。',
  },
};
