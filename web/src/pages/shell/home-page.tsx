import { ROLE_PERMISSIONS } from '@zhucun/core';
import { Navigate } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { NoPagesResult } from '../../components/status-results.tsx';
import { firstAllowedPath } from '../../lib/navigation.ts';
import { StaffHomePage } from '../dashboard/staff-home-page.tsx';

/** `/`: 今天 for a cadre, 我的帮带对象 for a mentor; the staff's home (to-dos and the county's picture), or the first page the user may open when they cannot read divisions. */
export function HomePage() {
  const { data: session } = useSession();
  const permissions = session?.user.permissions ?? [];
  // a cadre and nothing more lands on 今天: the day is what they come to record
  if (permissions.includes('duty:self') && permissions.every((p) => ROLE_PERMISSIONS.cadre.includes(p)))
    return <Navigate to="/today" replace />;
  // a mentor and nothing more lands on their mentees
  if (permissions.includes('mentoring:own') && permissions.every((p) => ROLE_PERMISSIONS.mentor.includes(p)))
    return <Navigate to="/mentoring/mine" replace />;
  if (permissions.includes('divisions:read')) return <StaffHomePage />;
  const target = firstAllowedPath(permissions);
  return target ? <Navigate to={target} replace /> : <NoPagesResult />;
}
