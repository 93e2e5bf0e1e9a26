import {
  DUTY_LIST_POSTS,
  localDate,
  PUBLIC_TOKEN_PATTERN,
  type TDutyListPost,
  type TMyDutyLists,
  type TPublicDutyLists,
  versionInForce,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { findVillageByToken } from '../public-village/public-village.repository.ts';
import { findNamesByPost, findPostsOfUser, findPublished } from './duty-lists.repository.ts';
import { published, textOf } from './duty-lists.view.ts';

/** Those who read a post's list where they are: the cadre on their own page, the villager on the village's. */
export function createDutyListReadersService({ db, now }: { db: TDb; now: () => Date }) {
  /** The version in force today of each of some posts, by post. */
  async function inForceOf(categories: readonly string[], day: string) {
    const versions = published(await findPublished(db, [...new Set(categories)]));
    return (category: string) => {
      const v = versionInForce(
        versions.filter((x) => x.row.category === category),
        day,
      );
      return v ? textOf(v) : null;
    };
  }

  return {
    /** The cadre's own posts now (a dispatched category), each with its list in force today and its date. */
    async mine(userId: number): Promise<TMyDutyLists> {
      const day = localDate(now());
      const posts = await findPostsOfUser(db, userId);
      const listOf = await inForceOf(
        posts.map((p) => p.category),
        day,
      );
      return {
        on: day,
        posts: posts.map((p) => ({
          category: p.category as TDutyListPost,
          villageName: p.villageName,
          postTitle: p.postTitle,
          list: listOf(p.category),
        })),
      };
    },

    /**
     * The village's lists made public (公示): for each post held there now, the holders' names and
     * the list in force today. Name and post only: the query selects nothing else about a person.
     */
    async publicLists(token: string): Promise<TPublicDutyLists> {
      const village = PUBLIC_TOKEN_PATTERN.test(token) ? await findVillageByToken(db, token) : undefined;
      if (!village) throw new AppError('not_found', 'public_token_unknown');
      const day = localDate(now());
      const holders = await findNamesByPost(db, village.code);
      const categories = DUTY_LIST_POSTS.filter((c) => holders.some((h) => h.category === c));
      const listOf = await inForceOf(categories, day);
      return {
        village: { name: village.name, townshipName: village.townshipName },
        on: day,
        posts: categories.map((category) => ({
          category,
          names: holders
            .filter((h) => h.category === category)
            .sort((a, b) => Number(b.isTeamLeader) - Number(a.isTeamLeader))
            .map((h) => h.name),
          list: listOf(category),
        })),
      };
    },
  };
}

export type TDutyListReadersService = ReturnType<typeof createDutyListReadersService>;
