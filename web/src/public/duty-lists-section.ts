import type { TDutyListItem, TPublicDutyLists } from '@zhucun/core';
import { getJson } from './api.ts';
import { h } from './dom.ts';

/** The posts' names as the lists are headed (Chinese only, like the rest of the public page). */
const POST_LABELS: Record<string, string> = {
  party_secretary: '村党组织书记（机关干部）',
  graduate_official: '到村任职大学生',
  selected_graduate: '选调生（大学生村官）',
  first_secretary: '驻村第一书记',
  team_member: '驻村工作队员',
};

/** Headings with their duties, numbered through the list (the rule of core's dutySections). */
function listOf(items: readonly TDutyListItem[]): HTMLElement {
  const box = h('div', { class: 'duties' });
  let ol: HTMLElement | null = null;
  let no = 0;
  for (const item of items) {
    if (item.kind === 'heading') {
      box.append(h('h4', {}, item.wording));
      ol = null;
      continue;
    }
    no += 1;
    if (!ol) {
      ol = h('ol', { start: String(no) });
      box.append(ol);
    }
    ol.append(h('li', {}, item.wording));
  }
  return box;
}

/**
 * 岗位职责清单公示: for each post held in the village, the holders' names and the list in force
 * today; one post open at a time (a cheap phone scrolls less). Nothing shows when it cannot load.
 */
export async function dutyListsSection(token: string): Promise<HTMLElement | null> {
  let page: TPublicDutyLists;
  try {
    page = await getJson<TPublicDutyLists>(`/api/public/v/${encodeURIComponent(token)}/duty-lists`);
  } catch {
    return null;
  }
  if (page.posts.length === 0) return null;
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'duty-lists-title' },
    h('h2', { id: 'duty-lists-title' }, '岗位职责清单（公示）'),
    ...page.posts.map((p) =>
      h(
        'details',
        { class: 'duty-post' },
        h(
          'summary',
          {},
          h('strong', {}, POST_LABELS[p.category] ?? p.category),
          h('span', { class: 'muted' }, ` · ${p.names.join('、')}`),
        ),
        p.list
          ? h(
              'div',
              {},
              h('p', { class: 'muted' }, `第 ${p.list.versionNo} 版 · ${p.list.effectiveFrom} 起施行`),
              listOf(p.list.items),
            )
          : h('p', { class: 'muted' }, '本岗位的职责清单尚未发布'),
      ),
    ),
  );
}
