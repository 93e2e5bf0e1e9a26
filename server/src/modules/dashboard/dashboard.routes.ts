import {
  MAP_MEASURES,
  type TPermission,
  ZDashboardQuery,
  ZHomesPanel,
  ZPresencePanel,
  ZProjectsPanel,
  ZRatingPanel,
  ZRectificationPanel,
  ZRequestsPanel,
  ZTasksPanel,
  ZVillageMap,
  ZVillageMapQuery,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { scopeOf } from '../../plugins/auth.ts';
import type { TDashboardService } from './dashboard.service.ts';

/**
 * GET /api/dashboard/<panel>?division=: the county's picture, a panel a request, each under the
 * permission of the records it counts and within its scope (a division outside it: 404).
 */
export async function dashboardRoutes(app: FastifyInstance, deps: { dashboard: TDashboardService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['dashboard'];
  const panel = (
    name: 'presence' | 'requests' | 'projects' | 'tasks' | 'rectification' | 'homes' | 'rating',
    permission: TPermission,
    summary: string,
    response: z.ZodType,
  ) =>
    r.get(
      `/api/dashboard/${name}`,
      {
        config: { policy: permission },
        schema: { tags, summary, querystring: ZDashboardQuery, response: { 200: response } },
      },
      async (request) => deps.dashboard[name](scopeOf(request, permission), request.query.division),
    );

  panel('presence', 'duty:read', '五天四夜、请假与召回预警（按乡镇或村） Presence by part', ZPresencePanel);
  panel('requests', 'requests:read', '群众诉求办理（按乡镇或村） Requests by part', ZRequestsPanel);
  panel(
    'projects',
    'projects:read',
    '项目状态、类型与逾期节点（按乡镇或村） Projects by part',
    ZProjectsPanel,
  );
  panel('tasks', 'tasks:read', '任务清单完成情况（按乡镇或村） Tasks by part', ZTasksPanel);
  panel(
    'rectification',
    'rectification:read',
    '问题整改（按乡镇或村） Rectification by part',
    ZRectificationPanel,
  );
  panel('homes', 'homes:read', '标准化家园与走读风险（按乡镇或村） Homes by part', ZHomesPanel);
  panel('rating', 'rating:read', '星级评定等次分布（按乡镇或村） Grades by part', ZRatingPanel);

  r.get(
    '/api/dashboard/villages',
    {
      config: { policy: 'divisions:read' },
      schema: {
        tags,
        summary: '村庄分布：按村统计所选指标（有坐标的村画点，否则按乡镇或村画格） A measure by village',
        querystring: ZVillageMapQuery,
        response: { 200: ZVillageMap },
      },
    },
    async (request) => {
      const { division, measure } = request.query;
      // the measure's records under their own permission: without it, the measure does not exist here
      const scope = scopeOf(request, MAP_MEASURES[measure]);
      return deps.dashboard.villages(scope, division, measure);
    },
  );
}
