import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { SESSION_KEY } from '../api/auth.ts';
import { onAuthEvent } from '../api/client.ts';
import { AppProviders } from './providers.tsx';
import { queryClient } from './query-client.ts';
import { router } from './router.tsx';
import { setSignInNotice } from './sign-in-notice.ts';

/** Sends the browser to sign-in or to the password change when the server says so. */
function useAuthRedirects(): void {
  useEffect(
    () =>
      onAuthEvent((event, message) => {
        const here = router.state.location;
        if (event === 'unauthenticated') {
          setSignInNotice(message);
          queryClient.setQueryData(SESSION_KEY, null);
          if (here.pathname !== '/login') {
            void router.navigate('/login', {
              replace: true,
              state: { from: `${here.pathname}${here.search}` },
            });
          }
          return;
        }
        void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
        if (here.pathname !== '/change-password') void router.navigate('/change-password', { replace: true });
      }),
    [],
  );
}

export function App() {
  useAuthRedirects();
  return (
    <QueryClientProvider client={queryClient}>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </QueryClientProvider>
  );
}
