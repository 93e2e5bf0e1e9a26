import type { TPublicSurvey, TPublicSurveyResult } from '@zhucun/core';
import { ApiError, getJson, postJson } from './api.ts';
import { h } from './dom.ts';
import { CADRE_LABELS } from './labels.ts';

const CHOICES = [
  ['satisfied', '满意'],
  ['basically_satisfied', '基本满意'],
  ['dissatisfied', '不满意'],
] as const;

/** One cadre: name and post, the three answers as radio buttons, an optional comment. */
function cadreField(c: TPublicSurvey['cadres'][number]): HTMLElement {
  const post = `${CADRE_LABELS[c.category] ?? ''}${c.postTitle ? ` · ${c.postTitle}` : ''}`;
  return h(
    'fieldset',
    { class: 'rate-cadre' },
    h('legend', {}, h('strong', {}, c.name), h('span', { class: 'muted' }, ` ${post}`)),
    h(
      'div',
      { class: 'rate' },
      ...CHOICES.map(([value, label]) =>
        h('label', {}, h('input', { type: 'radio', name: `cadre-${c.id}`, value }), h('span', {}, label)),
      ),
    ),
    // the comment folded away: six cadres stay short on a phone
    h(
      'details',
      { class: 'rate-comment' },
      h('summary', {}, '写意见建议（可不填）'),
      h(
        'label',
        { class: 'field' },
        h('span', { class: 'muted' }, `对${c.name}的意见建议`),
        h('textarea', { name: `comment-${c.id}`, rows: '2', maxlength: '200' }),
      ),
    ),
  );
}

/**
 * 群众评议: while the county's survey runs, each household of the village rates the stationed cadres
 * (满意 / 基本满意 / 不满意), identified by the head's name and the last four digits of the phone the
 * cadres registered at a visit. Nothing shows when the survey is closed or cannot load.
 */
export async function surveySection(token: string): Promise<HTMLElement | null> {
  const url = `/api/public/v/${encodeURIComponent(token)}/survey`;
  let survey: TPublicSurvey;
  try {
    survey = await getJson<TPublicSurvey>(url);
  } catch {
    return null;
  }
  if (!survey.open || survey.cadres.length === 0) return null;
  const headName = h('input', {
    name: 'headName',
    maxlength: '30',
    autocomplete: 'name',
  }) as HTMLInputElement;
  const phoneLast4 = h('input', {
    name: 'phoneLast4',
    inputmode: 'numeric',
    maxlength: '4',
    autocomplete: 'off',
  }) as HTMLInputElement;
  const error = h('p', { class: 'error', role: 'alert' });
  const button = h('button', { type: 'submit', class: 'primary' }, '提交评议') as HTMLButtonElement;
  const form = h('form', { novalidate: true });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const data = new FormData(form as HTMLFormElement);
    const answers = survey.cadres.flatMap((c) => {
      const answer = data.get(`cadre-${c.id}`);
      const comment = String(data.get(`comment-${c.id}`) ?? '').trim();
      return answer ? [{ cadre: c.id, answer: String(answer), ...(comment ? { comment } : {}) }] : [];
    });
    error.textContent = !answers.length
      ? '请至少为一名干部选择满意程度'
      : !headName.value.trim()
        ? '请填写户主姓名'
        : !/^\d{4}$/.test(phoneLast4.value.trim())
          ? '请填写手机号后四位（4 位数字）'
          : '';
    if (error.textContent) return;
    button.disabled = true;
    try {
      const body = { headName: headName.value.trim(), phoneLast4: phoneLast4.value.trim(), answers };
      const done = await postJson<TPublicSurveyResult>(url, body);
      const before = done.alreadyAnswered.length
        ? `${done.alreadyAnswered.join('、')}此前已由本户评价过，以第一次为准。`
        : '';
      section.replaceChildren(
        h('h2', { id: 'survey-title' }, '感谢您的评议'),
        h('p', { class: 'ok', role: 'status' }, `已记录本户对 ${done.saved} 名干部的评价。${before}`),
      );
    } catch (err) {
      error.textContent = err instanceof ApiError ? err.message : '提交失败，请稍后重试';
      button.disabled = false;
    }
  };
  form.addEventListener('submit', onSubmit);
  form.append(
    ...survey.cadres.map(cadreField),
    h(
      'p',
      { class: 'muted' },
      '请填写户主姓名和手机号后四位（入户走访时登记的号码），用于核对是本村农户；不会公开。',
    ),
    h('label', { class: 'field' }, h('span', {}, '户主姓名'), headName),
    h('label', { class: 'field' }, h('span', {}, '手机号后四位'), phoneLast4),
    error,
    button,
  );
  const section = h(
    'section',
    { class: 'card', 'aria-labelledby': 'survey-title' },
    h('h2', { id: 'survey-title' }, `群众评议驻村干部（${survey.year} 年度）`),
    h(
      'p',
      { class: 'muted' },
      `评议截止到 ${survey.surveyUntil}。每户对每名干部评价一次，以第一次为准；可以只评部分干部。`,
    ),
    form,
  );
  return section;
}
