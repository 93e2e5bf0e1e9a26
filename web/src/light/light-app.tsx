import { useTranslation } from 'react-i18next';
import { useSession } from '../api/auth.ts';
import { LeavePage } from './leave/leave-page.tsx';
import { Shell } from './shell.tsx';
import { TodayPage } from './today/today-page.tsx';
import { Alert } from './ui/alert.tsx';
import { LoadError, Loading } from './ui/status.tsx';
import { Toasts } from './ui/toast.tsx';

/** Leaves the light pages for one of the full app's (a full page load: its own bundle). */
function goTo(path: string): null {
  window.location.replace(path);
  return null;
}

/**
 * The light pages: who is signed in, then the page of the address. Nobody signed in → the sign-in page,
 * and back here afterwards (`?next=`).
 */
export function LightApp() {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname, search } = window.location;
  if (session.isError) return <LoadError error={session.error} onRetry={() => void session.refetch()} />;
  if (session.isPending) return <Loading />;
  if (!session.data) return goTo(`/login?next=${encodeURIComponent(pathname + search)}`);
  const { user } = session.data;
  if (user.mustChangePassword) return goTo('/change-password');
  return (
    <>
      <Shell session={session.data} path={pathname}>
        {user.permissions.includes('duty:self') ? (
          pathname.startsWith('/leave') ? (
            <LeavePage userId={user.id} search={search} />
          ) : (
            <TodayPage userId={user.id} />
          )
        ) : (
          <Alert type="warning" title={t('errors.forbidden')}>
            {t('errors.forbiddenDetail')}
          </Alert>
        )}
      </Shell>
      <Toasts />
    </>
  );
}
