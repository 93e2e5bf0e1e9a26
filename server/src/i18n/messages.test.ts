import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS, NAME_TABLES, translate } from './messages.ts';

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

/** English messages are English: services pass codes, and every name has its English form. */
describe('the server’s messages', () => {
  it('has an English text without Chinese for every message, and a Chinese one', () => {
    expect(MESSAGE_KEYS.length).toBeGreaterThan(100);
    const bad = MESSAGE_KEYS.filter(
      (k) => CJK.test(translate(k, {}, 'en-US')) || !CJK.test(translate(k, {}, 'zh-CN')),
    );
    expect(bad).toEqual([]);
  });

  it('names every field, level, role, type and code in English without Chinese', () => {
    const bad = Object.entries(NAME_TABLES).flatMap(([table, names]) =>
      Object.entries(names as Record<string, readonly [string, string]>)
        .filter(([, [zh, en]]) => !zh.trim() || !en.trim() || CJK.test(en))
        .map(([code]) => `${table}.${code}`),
    );
    expect(bad).toEqual([]);
  });

  it('names a code parameter in the language of the message', () => {
    const params = { requestState: 'registered', requestAction: 'follow_up' };
    expect(translate('request_not_allowed_in_state', params, 'zh-CN')).toBe('该诉求当前为“已登记”，不能回访');
    expect(translate('request_not_allowed_in_state', params, 'en-US')).toBe(
      'This request is “Registered”; “follow up” is not possible now',
    );
  });
});
