import type { TFunction } from 'i18next';

/** A cadre's post as lists show it: the category, then the title when it says more (驻村第一书记 once, not twice). */
export function postText(t: TFunction, category: string, postTitle: string | null): string {
  const label = t(`registry.categories.${category as 'team_member'}`);
  return postTitle && postTitle !== label ? `${label} · ${postTitle}` : label;
}
