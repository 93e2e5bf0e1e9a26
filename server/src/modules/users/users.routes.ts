import {
  ZCreateUserRequest,
  ZIdParam,
  ZSetRolesRequest,
  ZUpdateUserRequest,
  ZUser,
  ZUserList,
  ZUserListQuery,
  ZUserWithPassword,
} from '@zhucun/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TGrantor, TUsersService } from './users.service.ts';

function grantorOf(request: FastifyRequest): TGrantor {
  const roles = actorOf(request).grants.map((g) => g.role);
  return {
    ctx: contextOf(request),
    scope: scopeOf(request, 'roles:assign'),
    mayGrantPrivileged: roles.includes('system_admin') || roles.includes('security_admin'),
  };
}

export async function usersRoutes(app: FastifyInstance, deps: { users: TUsersService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];
  const params = z.object({ id: ZIdParam });

  r.get(
    '/api/users',
    {
      config: { policy: 'users:read' },
      schema: {
        tags,
        summary: '账号列表 Accounts in scope',
        querystring: ZUserListQuery,
        response: { 200: ZUserList },
      },
    },
    async (request) => deps.users.find(scopeOf(request, 'users:read'), request.query),
  );

  r.post(
    '/api/users',
    {
      config: { policy: 'users:write' },
      schema: {
        tags,
        summary: '创建账号 Create an account',
        body: ZCreateUserRequest,
        response: { 200: ZUserWithPassword },
      },
    },
    async (request) =>
      deps.users.create(request.body, { ...grantorOf(request), scope: scopeOf(request, 'users:write') }),
  );

  r.get(
    '/api/users/:id',
    {
      config: { policy: 'users:read' },
      schema: { tags, summary: '账号 One account', params, response: { 200: ZUser } },
    },
    async (request) => deps.users.get(scopeOf(request, 'users:read'), request.params.id),
  );

  r.patch(
    '/api/users/:id',
    {
      config: { policy: 'users:write' },
      schema: {
        tags,
        summary: '修改账号 Update name or phone',
        params,
        body: ZUpdateUserRequest,
        response: { 200: ZUser },
      },
    },
    async (request) =>
      deps.users.update(scopeOf(request, 'users:write'), request.params.id, request.body, contextOf(request)),
  );

  r.put(
    '/api/users/:id/roles',
    {
      config: { policy: 'roles:assign' },
      schema: {
        tags,
        summary: '设置角色与范围 Set roles and scope',
        params,
        body: ZSetRolesRequest,
        response: { 200: ZUser },
      },
    },
    async (request) =>
      deps.users.setRoles(
        scopeOf(request, 'roles:assign'),
        request.params.id,
        request.body.roles,
        grantorOf(request),
      ),
  );

  for (const [path, disabled, summary] of [
    ['disable', true, '停用账号（立即结束其会话） Disable and end sessions'],
    ['enable', false, '启用账号 Enable'],
  ] as const) {
    r.post(
      `/api/users/:id/${path}`,
      { config: { policy: 'users:write' }, schema: { tags, summary, params, response: { 200: ZUser } } },
      async (request) =>
        deps.users.setDisabled(
          scopeOf(request, 'users:write'),
          request.params.id,
          disabled,
          contextOf(request),
        ),
    );
  }

  r.post(
    '/api/users/:id/reset-password',
    {
      config: { policy: 'users:write' },
      schema: {
        tags,
        summary: '重置密码 Reset to a one-time password',
        params,
        response: { 200: ZUserWithPassword },
      },
    },
    async (request) =>
      deps.users.resetPassword(scopeOf(request, 'users:write'), request.params.id, contextOf(request)),
  );
}
