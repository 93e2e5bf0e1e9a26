import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, NOTIFICATION_KINDS } from '@zhucun/core';
import { describe, expect, it } from 'vitest';
import { enUS } from './en-US.ts';
import { zhCN } from './zh-CN.ts';

/** Every code the server sends has a name on screen, in both languages. */
describe('labels of the codes in core', () => {
  it.each([
    ['zh-CN', zhCN],
    ['en-US', enUS],
  ])('names every notification kind in %s', (_, messages) => {
    const kinds = messages.duty.notifications.kinds as Record<string, string>;
    const missing = NOTIFICATION_KINDS.filter((k) => !kinds[k]?.trim());
    expect(missing).toEqual([]);
  });

  it.each([
    ['zh-CN', zhCN],
    ['en-US', enUS],
  ])('names every audit action in %s', (_, messages) => {
    const actions = messages.audit.actions as Record<string, string>;
    const missing = AUDIT_ACTIONS.filter((a) => !actions[a]?.trim());
    expect(missing).toEqual([]);
  });

  it.each([
    ['zh-CN', zhCN],
    ['en-US', enUS],
  ])('names every kind of audited object in %s', (_, messages) => {
    const types = messages.audit.objectTypes as Record<string, string>;
    const missing = AUDIT_OBJECT_TYPES.filter((o) => !types[o]?.trim());
    expect(missing).toEqual([]);
  });
});
