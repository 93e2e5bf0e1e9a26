import type { TPublicSubmitResult, TPublicVillageCard } from '@zhucun/core';
import { ApiError, getJson, postJson } from './api.ts';
import { h, show } from './dom.ts';
import { dutyListsSection } from './duty-lists-section.ts';
import { CADRE_LABELS, CATEGORY_LABELS } from './labels.ts';
import { surveySection } from './survey-section.ts';

const MAX_DESCRIPTION = 1000;

/** /v/<token>: the village's cadres, the short form, then the tracking code. */
export async function renderVillage(token: string): Promise<void> {
  let card: TPublicVillageCard;
  try {
    card = await getJson<TPublicVillageCard>(`/api/public/v/${encodeURIComponent(token)}`);
  } catch (err) {
    show(h('h1', {}, '无法打开'), h('p', { class: 'error', role: 'alert' }, (err as Error).message));
    return;
  }
  document.title = `${card.village.name} · 群众诉求`;
  const form = requestForm(token, card);
  show(
    h(
      'header',
      { class: 'hero' },
      h('p', { class: 'muted' }, card.village.townshipName),
      h('h1', {}, card.village.name),
      h('p', {}, '有困难、有诉求，请找驻村干部，或在下面直接提交。'),
    ),
    cadreList(card),
    form,
  );
  // 群众评议 while the county's survey runs: above the request form; nothing when it is closed
  const survey = await surveySection(token);
  if (survey) form.before(survey);
  // the posts' duty lists made public (公示), below the form; nothing when they cannot load
  const duties = await dutyListsSection(token);
  if (duties) document.getElementById('root')?.append(duties);
}

function cadreList(card: TPublicVillageCard): HTMLElement {
  if (card.cadres.length === 0)
    return h('section', { class: 'card' }, h('p', { class: 'muted' }, '暂无驻村干部信息'));
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, '驻村干部'),
    h(
      'ul',
      { class: 'cadres' },
      ...card.cadres.map((c) =>
        h(
          'li',
          {},
          h(
            'div',
            {},
            h('strong', {}, c.name),
            h(
              'span',
              { class: 'muted' },
              ` ${CADRE_LABELS[c.category] ?? ''}${c.postTitle ? ` · ${c.postTitle}` : ''}`,
            ),
          ),
          h('a', { class: 'tel', href: `tel:${c.phone}` }, c.phone),
        ),
      ),
    ),
  );
}

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  return h(
    'label',
    { class: 'field' },
    h('span', {}, label),
    control,
    hint ? h('small', { class: 'muted' }, hint) : null,
  );
}

function requestForm(token: string, card: TPublicVillageCard): HTMLElement {
  const category = h(
    'select',
    { name: 'category', required: true },
    h('option', { value: '' }, '请选择'),
    ...card.categories.map((c) => h('option', { value: c }, CATEGORY_LABELS[c] ?? c)),
  ) as HTMLSelectElement;
  const description = h('textarea', {
    name: 'description',
    rows: '5',
    maxlength: String(MAX_DESCRIPTION),
    required: true,
    placeholder: '请写清楚什么事、在哪里、多久了',
  }) as HTMLTextAreaElement;
  const counter = h('small', { class: 'muted' }, `0 / ${MAX_DESCRIPTION}`);
  description.addEventListener('input', () => {
    counter.textContent = `${description.value.length} / ${MAX_DESCRIPTION}`;
  });
  const name = h('input', { name: 'name', maxlength: '30', autocomplete: 'name' }) as HTMLInputElement;
  const phone = h('input', {
    name: 'phone',
    type: 'tel',
    inputmode: 'numeric',
    maxlength: '11',
    autocomplete: 'tel',
  }) as HTMLInputElement;
  const consent = h('input', { type: 'checkbox', name: 'consent' }) as HTMLInputElement;
  const error = h('p', { class: 'error', role: 'alert' });
  const button = h('button', { type: 'submit', class: 'primary' }, '提交诉求') as HTMLButtonElement;
  consent.addEventListener('change', () => {
    error.textContent = '';
  });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    error.textContent = '';
    const missing = !category.value
      ? '请选择诉求类别'
      : !description.value.trim()
        ? '请填写诉求内容'
        : !consent.checked
          ? '请先阅读并勾选同意个人信息告知'
          : '';
    if (missing) {
      error.textContent = missing;
      return;
    }
    button.disabled = true;
    button.textContent = '正在提交…';
    try {
      const body = {
        category: category.value,
        description: description.value.trim(),
        consent: true,
        ...(name.value.trim() ? { name: name.value.trim() } : {}),
        ...(phone.value.trim() ? { phone: phone.value.trim() } : {}),
      };
      const { trackingCode } = await postJson<TPublicSubmitResult>(
        `/api/public/v/${encodeURIComponent(token)}/requests`,
        body,
      );
      renderSubmitted(trackingCode);
    } catch (err) {
      error.textContent = err instanceof ApiError ? err.message : '提交失败，请稍后重试';
      button.disabled = false;
      button.textContent = '提交诉求';
    }
  };

  return h(
    'form',
    { class: 'card', novalidate: true, onsubmit: onSubmit },
    h('h2', {}, '反映诉求'),
    field('诉求类别', category),
    field('诉求内容', description),
    counter,
    field('您的姓名（可不填）', name),
    field('手机号（可不填）', phone, '留下手机号，干部可以打电话向您了解情况'),
    h('div', { class: 'notice' }, h('h3', {}, '个人信息告知'), h('p', {}, card.consent.notice)),
    h('label', { class: 'check' }, consent, h('span', {}, '我已阅读并同意以上告知')),
    error,
    button,
  );
}

/** The tracking code, big and clear, with a copy button and a link to the tracking page. */
function renderSubmitted(code: string): void {
  const copied = h('span', { class: 'muted', 'aria-live': 'polite' });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      copied.textContent = '已复制';
    } catch {
      copied.textContent = '请长按查询码复制，或抄写下来';
    }
  };
  show(
    h(
      'section',
      { class: 'card done' },
      h('h1', {}, '提交成功'),
      h('p', {}, '您的查询码是：'),
      h('p', { class: 'code', 'data-testid': 'tracking-code' }, code),
      h('p', {}, h('button', { type: 'button', onclick: copy }, '复制'), ' ', copied),
      h('p', { class: 'muted' }, '请截图或抄下查询码。凭查询码可以查看办理进度，办结后请给我们评价。'),
      h('a', { class: 'primary button', href: `/track/${code}` }, '查看办理进度'),
    ),
  );
}
