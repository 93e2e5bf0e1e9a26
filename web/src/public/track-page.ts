import type { TPublicTrack, TSatisfaction } from '@zhucun/core';
import { ApiError, getJson, postJson } from './api.ts';
import { h, show } from './dom.ts';
import { CATEGORY_LABELS, SATISFACTION_LABELS, STATE_LABELS } from './labels.ts';

/** /track/<code>: that request's status and, once resolved, the villager's follow-up. */
export async function renderTrack(code: string): Promise<void> {
  if (!code) return renderLookup('');
  let status: TPublicTrack;
  try {
    status = await getJson<TPublicTrack>(`/api/public/track/${encodeURIComponent(code)}`);
  } catch (err) {
    return renderLookup(code, (err as Error).message);
  }
  renderStatus(status);
}

function renderLookup(code: string, message?: string): void {
  const input = h('input', { name: 'code', value: code, maxlength: '12', autocapitalize: 'characters' });
  const go = (event: Event) => {
    event.preventDefault();
    const value = (input as HTMLInputElement).value.trim().toUpperCase();
    if (value) location.assign(`/track/${encodeURIComponent(value)}`);
  };
  show(
    h(
      'form',
      { class: 'card', onsubmit: go },
      h('h1', {}, '查询诉求进度'),
      message ? h('p', { class: 'error', role: 'alert' }, message) : null,
      h('label', { class: 'field' }, h('span', {}, '查询码'), input),
      h('button', { type: 'submit', class: 'primary' }, '查询'),
    ),
  );
}

function renderStatus(s: TPublicTrack, flash?: string): void {
  show(
    h(
      'section',
      { class: 'card' },
      h('p', { class: 'muted' }, `查询码 ${s.trackingCode}`),
      h('h1', {}, CATEGORY_LABELS[s.category] ?? s.category),
      h('p', { class: `state state-${s.state}`, 'data-testid': 'state' }, STATE_LABELS[s.state]),
      flash ? h('p', { class: 'ok', role: 'status' }, flash) : null,
      h('p', { class: 'muted' }, `登记日期：${s.registeredOn}`),
      s.result ? h('div', { class: 'notice' }, h('h3', {}, '办理结果'), h('p', {}, s.result)) : null,
      s.satisfaction ? h('p', {}, `您的评价：${SATISFACTION_LABELS[s.satisfaction]}`) : null,
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, '办理过程'),
      h(
        'ol',
        { class: 'timeline' },
        ...s.timeline.map((e) =>
          h('li', {}, h('span', { class: 'muted' }, e.date), ` ${STATE_LABELS[e.state]}`),
        ),
      ),
    ),
    s.canFollowUp ? followUpForm(s) : null,
    h('p', { class: 'center' }, h('a', { href: '/track/' }, '查询其他诉求')),
  );
}

function followUpForm(s: TPublicTrack): HTMLElement {
  const note = h('textarea', { rows: '3', maxlength: '500', placeholder: '还有什么想说的（可不填）' });
  const error = h('p', { class: 'error', role: 'alert' });
  const answer = async (satisfaction: TSatisfaction) => {
    error.textContent = '';
    try {
      const text = (note as HTMLTextAreaElement).value.trim();
      const next = await postJson<TPublicTrack>(`/api/public/track/${s.trackingCode}/follow-up`, {
        satisfaction,
        ...(text ? { note: text } : {}),
      });
      const reopened = satisfaction === 'dissatisfied' || satisfaction === 'partly_solved';
      renderStatus(next, reopened ? '已收到您的评价，诉求已重新交办，我们会继续办理。' : '感谢您的评价！');
    } catch (err) {
      error.textContent = err instanceof ApiError ? err.message : '提交失败，请稍后重试';
    }
  };
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, '您对办理结果满意吗？'),
    h(
      'div',
      { class: 'choices' },
      ...(Object.keys(SATISFACTION_LABELS) as TSatisfaction[]).map((k) =>
        h('button', { type: 'button', onclick: () => answer(k) }, SATISFACTION_LABELS[k]),
      ),
    ),
    note,
    error,
  );
}
