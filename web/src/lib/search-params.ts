/**
 * The URL's filter after a change: a value sets its key, an empty one removes it. On a paged list
 * any change but the page's goes back to the first page.
 */
export function changedParams(
  params: URLSearchParams,
  change: Record<string, string | undefined>,
  options: { paged?: boolean } = {},
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(change)) {
    if (v) next.set(k, v);
    else next.delete(k);
  }
  if (options.paged && !('page' in change)) next.delete('page');
  return next;
}
