import { Navigate } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { NoPagesResult } from '../../components/status-results.tsx';
import { firstAllowedPath } from '../../lib/navigation.ts';
import { DivisionTreePage } from '../divisions/division-tree-page.tsx';

/** `/`: the division tree, or the first page the user may open when they cannot read divisions. */
export function HomePage() {
  const { data: session } = useSession();
  const permissions = session?.user.permissions ?? [];
  if (permissions.includes('divisions:read')) return <DivisionTreePage />;
  const target = firstAllowedPath(permissions);
  return target ? <Navigate to={target} replace /> : <NoPagesResult />;
}
