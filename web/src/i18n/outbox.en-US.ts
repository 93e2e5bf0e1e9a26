import { labelsIn, OUTBOX_KIND_LABELS, OUTBOX_STATE_LABELS } from '@zhucun/core';
import type { outboxZhCN } from './outbox.zh-CN.ts';

/** English strings of the phone's outbox, spread into en-US.ts. */
export const outboxEnUS: typeof outboxZhCN = {
  outbox: {
    kinds: labelsIn(OUTBOX_KIND_LABELS, 'en-US'),
    states: labelsIn(OUTBOX_STATE_LABELS, 'en-US'),
    title_one: '{{count}} item kept on this phone is not sent yet',
    title_other: '{{count}} items kept on this phone are not sent yet',
    offline: 'No connection now; they are sent when it returns.',
    problems: '{{count}} of them need you.',
    show: 'Show',
    hide: 'Hide',
    retry: 'Retry',
    sendNow: 'Send now',
    discard: 'Give up',
    discardConfirm: 'This item will be deleted and never sent. Give it up?',
    compare: 'Compare both versions',
    queued: 'No connection: kept on this phone, sent when the connection returns',
    sent_one: '{{count}} item kept on this phone has been sent',
    sent_other: '{{count}} items kept on this phone have been sent',
    failed: '{{what}} was not sent: {{message}}',
    waitingPhoto: 'Sent once its photo is uploaded',
    photoLocal: 'Not uploaded',
    subject: {
      leave: '{{start}} to {{end}}',
    },
    conflict: {
      title: 'The record of {{date}}: two versions',
      hint: 'Before the version saved on this phone was sent, the record on the server was changed (for example corrected by the township). Compare them and choose which to keep.',
      mine: 'On this phone (not sent)',
      theirs: 'On the server',
      by: 'changed {{at}}',
      keepMine: 'Keep the phone’s version',
      keepTheirs: 'Keep the server’s version',
      none: 'The server has no record of this day',
    },
    signOut: {
      title: 'Some items are not sent',
      content_one:
        '{{count}} item on this phone is not sent. Signing out deletes it and the personal data kept on this phone.',
      content_other:
        '{{count}} items on this phone are not sent. Signing out deletes them and the personal data kept on this phone.',
      ok: 'Sign out anyway',
      cancel: 'Stay signed in',
    },
    otherAccount_one:
      'This phone keeps {{count}} unsent item of the account {{name}}. Signing in with another account deletes it.',
    otherAccount_other:
      'This phone keeps {{count}} unsent items of the account {{name}}. Signing in with another account deletes them.',
  },
};
