import type { TPermission } from '@zhucun/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../api/auth.ts';
import { LoadError } from '../components/load-error.tsx';
import { PageSpinner } from '../components/page-spinner.tsx';
import { ForbiddenResult } from '../components/status-results.tsx';

/**
 * Shows its children only to a signed-in user. Nobody signed in → /login (and back afterwards);
 * a user who must change their password sees only the change-password page.
 */
export function RequireSession({
  children,
  allowPasswordChange = false,
}: {
  children: ReactNode;
  allowPasswordChange?: boolean;
}) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageSpinner />;
  if (session.isError) return <LoadError error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  if (session.data.user.mustChangePassword && !allowPasswordChange) {
    return <Navigate to="/change-password" replace />;
  }
  return children;
}

/** Shows its children only when the signed-in user holds `permission`. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: TPermission;
  children: ReactNode;
}) {
  const session = useSession();
  if (!session.data?.user.permissions.includes(permission)) return <ForbiddenResult />;
  return children;
}
