import { labelsIn, OUTBOX_KIND_LABELS, OUTBOX_STATE_LABELS } from '@zhucun/core';

/** Chinese strings of the phone's outbox (待发送), spread into zh-CN.ts. */
export const outboxZhCN = {
  outbox: {
    kinds: labelsIn(OUTBOX_KIND_LABELS, 'zh-CN'),
    states: labelsIn(OUTBOX_STATE_LABELS, 'zh-CN'),
    title_one: '有 {{count}} 项保存在手机上，尚未发送',
    title_other: '有 {{count}} 项保存在手机上，尚未发送',
    offline: '当前没有网络，有网络后自动发送。',
    problems: '其中 {{count}} 项需要您处理。',
    show: '查看',
    hide: '收起',
    retry: '重试',
    sendNow: '立即发送',
    discard: '放弃',
    discardConfirm: '放弃后这项内容将被删除，不会发送。确定放弃吗？',
    compare: '核对两个版本',
    queued: '没有网络，已保存在手机上，有网络后自动发送',
    sent_one: '已发送 {{count}} 项保存在手机上的内容',
    sent_other: '已发送 {{count}} 项保存在手机上的内容',
    failed: '{{what}}未能发送：{{message}}',
    waitingPhoto: '等照片上传后发送',
    photoLocal: '待上传',
    subject: {
      leave: '{{start}} 至 {{end}}',
    },
    conflict: {
      title: '{{date}} 的记录：两个版本',
      hint: '您在手机上保存的版本发送前，服务器上的记录已被修改（如乡镇更正）。请核对后选择保留哪一个。',
      mine: '手机上的版本（未发送）',
      theirs: '服务器上的版本',
      by: '{{at}} 修改',
      keepMine: '用手机上的版本',
      keepTheirs: '保留服务器上的版本',
      none: '服务器上没有这一天的记录',
    },
    signOut: {
      title: '还有未发送的内容',
      content_one: '手机上还有 {{count}} 项内容没有发送。退出登录会删除它们和保存在手机上的个人数据。',
      content_other: '手机上还有 {{count}} 项内容没有发送。退出登录会删除它们和保存在手机上的个人数据。',
      ok: '仍然退出',
      cancel: '先不退出',
    },
    otherAccount_one: '这部手机上还有账号 {{name}} 未发送的 {{count}} 项内容。用其他账号登录会删除它们。',
    otherAccount_other: '这部手机上还有账号 {{name}} 未发送的 {{count}} 项内容。用其他账号登录会删除它们。',
  },
};
