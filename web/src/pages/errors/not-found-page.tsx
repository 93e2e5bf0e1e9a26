import { NotFoundResult } from '../../components/status-results.tsx';

export function NotFoundPage() {
  return <NotFoundResult />;
}
