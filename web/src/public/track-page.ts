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
  const place = [s.village.townshipName, s.village.name].filter(Boolean).join(' · ');
  show(
    h(
      'section',
      { class: 'card' },
      h('p', { class: 'muted' }, `查询码 ${s.trackingCode}`),
      place ? h('p', { class: 'muted', 'data-testid': 'village' }, place) : null,
      h('h1', {}, CATEGORY_LABELS[s.category] ?? s.category),
      h('p', { class: `state state-${s.state}`, 'data-testid': 'state' }, STATE_LABELS[s.state]),
      flash ? h('p', { class: 'ok', role: 'status' }, flash) : null,
      h('p', { class: 'muted' }, `登记日期：${s.registeredOn}`),
      h(
        'div',
        { class: 'notice', 'data-testid': 'description' },
        h('h3', {}, '您反映的内容'),
        h('p', { class: 'words' }, s.description),
      ),
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

const REOPENS: readonly TSatisfaction[] = ['dissatisfied', 'partly_solved'];

/**
 * The villager's word on the result: the comment first, then the answer, which is sent only once
 * confirmed (a tap on a small screen is easily a wrong one, and an answer cannot be taken back).
 */
function followUpForm(s: TPublicTrack): HTMLElement {
  const note = h('textarea', {
    id: 'follow-up-note',
    rows: '3',
    maxlength: '500',
    placeholder: '还有什么想说的（可不填）',
  });
  const error = h('p', { class: 'error', role: 'alert' });
  const confirm = h('div', { class: 'confirm', hidden: true });
  const choices = h('div', { class: 'choices' });
  const send = async (satisfaction: TSatisfaction, button: HTMLElement) => {
    error.textContent = '';
    button.setAttribute('disabled', '');
    try {
      const text = (note as HTMLTextAreaElement).value.trim();
      const next = await postJson<TPublicTrack>(`/api/public/track/${s.trackingCode}/follow-up`, {
        satisfaction,
        ...(text ? { note: text } : {}),
      });
      const reopened = REOPENS.includes(satisfaction);
      renderStatus(next, reopened ? '已收到您的评价，诉求已重新交办，我们会继续办理。' : '感谢您的评价！');
    } catch (err) {
      button.removeAttribute('disabled');
      error.textContent = err instanceof ApiError ? err.message : '提交失败，请稍后重试';
    }
  };
  const ask = (satisfaction: TSatisfaction) => {
    error.textContent = '';
    for (const b of choices.children)
      b.setAttribute('aria-pressed', String(b.textContent === SATISFACTION_LABELS[satisfaction]));
    const label = SATISFACTION_LABELS[satisfaction];
    const yes: HTMLElement = h(
      'button',
      { type: 'button', class: 'primary', onclick: () => void send(satisfaction, yes) },
      `确定提交“${label}”`,
    );
    confirm.replaceChildren(
      h(
        'p',
        { role: 'status' },
        REOPENS.includes(satisfaction)
          ? `您选择了“${label}”。提交后这条诉求会重新交办，继续办理。评价提交后不能修改。`
          : `您选择了“${label}”。评价提交后不能修改。`,
      ),
      yes,
      h('button', { type: 'button', class: 'secondary', onclick: cancel }, '重新选择'),
    );
    confirm.hidden = false;
  };
  const cancel = () => {
    confirm.hidden = true;
    confirm.replaceChildren();
    for (const b of choices.children) b.setAttribute('aria-pressed', 'false');
  };
  choices.append(
    ...(Object.keys(SATISFACTION_LABELS) as TSatisfaction[]).map((k) =>
      h('button', { type: 'button', 'aria-pressed': 'false', onclick: () => ask(k) }, SATISFACTION_LABELS[k]),
    ),
  );
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, '您对办理结果满意吗？'),
    h('label', { class: 'field', for: 'follow-up-note' }, h('span', {}, '您的意见（可不填）')),
    note,
    h('p', { class: 'muted' }, '写好意见后，选择您的评价：'),
    choices,
    confirm,
    error,
  );
}
