import {
  ZConfirmSelectionRequest,
  ZCreateSelectionRequest,
  ZEmptyRequest,
  ZHandleObjectionRequest,
  ZIdParam,
  ZMyScoring,
  ZNominateRequest,
  ZObjectionRequest,
  ZPanelCandidates,
  ZPanelMemberRequest,
  ZPanelTasks,
  ZPublishNoticeRequest,
  ZScoreRequest,
  ZSelection,
  ZSelectionList,
  ZSetQuotasRequest,
} from '@zhucun/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TSelectionActor, TSelectionsService } from './selections.service.ts';

const params = z.object({ id: ZIdParam });
const tags = ['project-selections'];
const manage = { policy: 'selections:manage' } as const;

function actorFor(request: FastifyRequest): TSelectionActor {
  const a = actorOf(request);
  return {
    userId: a.userId,
    roles: a.grants.map((g) => g.role),
    permissions: a.permissions,
    readScope: scopeOf(request, 'projects:read'),
    nominateScope: scopeOf(request, 'selections:nominate'),
  };
}
/** A panel member acts through a signed-in route: never with a one-time password still to change. */
function panelist(request: FastifyRequest): number {
  const a = actorOf(request);
  if (a.mustChangePassword) throw new AppError('forbidden', 'password_change_required');
  return a.userId;
}

/** 优秀创新项目评选: the county's selection, the townships' nominations and the panel's scores. */
export async function selectionsRoutes(app: FastifyInstance, deps: { selections: TSelectionsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = deps.selections;
  const post = (
    url: string,
    summary: string,
    run: (id: number, actor: TSelectionActor, request: FastifyRequest) => Promise<unknown>,
  ) =>
    r.post(
      url,
      {
        config: manage,
        schema: { tags, summary, params, body: ZEmptyRequest.strict(), response: { 200: ZSelection } },
      },
      async (request) => run(request.params.id, actorFor(request), request) as never,
    );

  r.get(
    '/api/project-selections',
    {
      config: { policy: 'projects:read' },
      schema: { tags, summary: '历年优秀创新项目评选 Selections', response: { 200: ZSelectionList } },
    },
    async () => s.list(),
  );
  r.post(
    '/api/project-selections',
    {
      config: manage,
      schema: {
        tags,
        summary: '发起年度评选并分配各乡镇推荐名额（县委组织部；留痕） Open a selection',
        body: ZCreateSelectionRequest.strict(),
        response: { 200: ZSelection },
      },
    },
    async (request) => s.open(request.body, actorFor(request), contextOf(request)),
  );
  r.get(
    '/api/project-selections/panel-candidates',
    {
      config: manage,
      schema: {
        tags,
        summary: '可选评委账号（含所属乡镇、单位，用于回避） Panel candidates',
        querystring: z.object({ q: z.string().trim().max(30).optional() }),
        response: { 200: ZPanelCandidates },
      },
    },
    async (request) => s.panelCandidates(request.query.q),
  );
  r.get(
    '/api/project-selections/panel-tasks',
    {
      config: { policy: 'signed-in' },
      schema: { tags, summary: '我参加的评审 My panels', response: { 200: ZPanelTasks } },
    },
    async (request) => s.panelTasks(panelist(request)),
  );
  r.get(
    '/api/project-selections/:id',
    {
      config: { policy: 'projects:read' },
      schema: {
        tags,
        summary: '评选详情（公示前不显示评分） A selection',
        params,
        response: { 200: ZSelection },
      },
    },
    async (request) => s.get(request.params.id, actorFor(request)),
  );
  r.put(
    '/api/project-selections/:id/quotas',
    {
      config: manage,
      schema: {
        tags,
        summary: '调整推荐名额（推荐阶段） Set quotas',
        params,
        body: ZSetQuotasRequest.strict(),
        response: { 200: ZSelection },
      },
    },
    async (request) => s.setQuotas(request.params.id, request.body, actorFor(request), contextOf(request)),
  );
  r.post(
    '/api/project-selections/:id/nominations',
    {
      config: { policy: 'selections:nominate' },
      schema: {
        tags,
        summary: '乡镇在名额内推荐本乡镇项目（留痕） Nominate a project',
        params,
        body: ZNominateRequest.strict(),
        response: { 200: ZSelection },
      },
    },
    async (request) => s.nominate(request.params.id, request.body, actorFor(request), contextOf(request)),
  );
  r.post(
    '/api/project-nominations/:id/withdraw',
    {
      config: { policy: 'selections:nominate' },
      schema: {
        tags,
        summary: '撤回推荐（推荐阶段） Withdraw a nomination',
        params,
        body: ZEmptyRequest.strict(),
        response: { 200: ZSelection },
      },
    },
    async (request) => s.withdraw(request.params.id, actorFor(request), contextOf(request)),
  );
  r.post(
    '/api/project-selections/:id/panel',
    {
      config: manage,
      schema: {
        tags,
        summary: '增加评委（账号及其所属乡镇、单位） Seat a panel member',
        params,
        body: ZPanelMemberRequest.strict(),
        response: { 200: ZSelection },
      },
    },
    async (request) =>
      s.addPanelMember(request.params.id, request.body, actorFor(request), contextOf(request)),
  );
  r.delete(
    '/api/project-panel-members/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: '移除尚未评分的评委 Remove a panel member',
        params,
        response: { 200: ZSelection },
      },
    },
    async (request) => s.removePanelMember(request.params.id, actorFor(request), contextOf(request)),
  );
  post('/api/project-selections/:id/open-scoring', '截止推荐，开始评审打分 Open the scoring', (id, a, q) =>
    s.openScoring(id, a, contextOf(q)),
  );
  post(
    '/api/project-selections/:id/reopen-scoring',
    '公示期间异议成立，退回重新评审 Reopen the scoring',
    (id, a, q) => s.reopenScoring(id, a, contextOf(q)),
  );
  r.get(
    '/api/project-selections/:id/my-scoring',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: '评委本人的评分表（只见本人评分；本乡镇、本单位项目回避） My scoring sheet',
        params,
        response: { 200: ZMyScoring },
      },
    },
    async (request) => s.myScoring(request.params.id, panelist(request)),
  );
  r.put(
    '/api/project-nominations/:id/score',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: '评委独立评分（0–100；回避本乡镇、本单位项目；留痕） Score a nomination',
        params,
        body: ZScoreRequest.strict(),
        response: { 200: ZMyScoring },
      },
    },
    async (request) => s.score(request.params.id, request.body, panelist(request), contextOf(request)),
  );
  r.post(
    '/api/project-selections/:id/publish-notice',
    {
      config: manage,
      schema: {
        tags,
        summary: '发布评选结果公示（5 个工作日；每个项目至少 3 份评分） Publish the notice',
        params,
        body: ZPublishNoticeRequest.strict(),
        response: { 200: ZSelection },
      },
    },
    async (request) =>
      s.publishNotice(request.params.id, request.body, actorFor(request), contextOf(request)),
  );
  r.post(
    '/api/project-selections/:id/objections',
    {
      config: manage,
      schema: {
        tags,
        summary: '登记公示期间收到的异议（异议人、内容；留痕） Record an objection',
        params,
        body: ZObjectionRequest.strict(),
        response: { 200: ZSelection },
      },
    },
    async (request) =>
      s.recordObjection(request.params.id, request.body, actorFor(request), contextOf(request)),
  );
  r.post(
    '/api/project-objections/:id/handle',
    {
      config: manage,
      schema: {
        tags,
        summary: '答复异议（成立或不成立及处理情况；留痕） Answer an objection',
        params,
        body: ZHandleObjectionRequest.strict(),
        response: { 200: ZSelection },
      },
    },
    async (request) =>
      s.handleObjection(request.params.id, request.body, actorFor(request), contextOf(request)),
  );
  r.post(
    '/api/project-selections/:id/confirm',
    {
      config: manage,
      schema: {
        tags,
        summary: '公示期满、异议处理完毕后确认优秀创新项目（留痕） Confirm the awards',
        params,
        body: ZConfirmSelectionRequest.strict(),
        response: { 200: ZSelection },
      },
    },
    async (request) => s.confirm(request.params.id, request.body, actorFor(request), contextOf(request)),
  );
}
