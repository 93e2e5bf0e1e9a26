import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { PageSpinner } from '../components/page-spinner.tsx';

/**
 * A cadre's page of the light build (/leave, core's LIGHT_PAGE_PATHS): reached from this app (the menu,
 * a message, the sign-in), it loads as a page of its own, which the server (or offline the service
 * worker) answers with light.html.
 */
export function LightPage() {
  const { pathname, search } = useLocation();
  // the server knows the address without a closing slash: /leave/ would come back here
  useEffect(() => window.location.replace(pathname.replace(/\/+$/, '') + search), [pathname, search]);
  return <PageSpinner />;
}
