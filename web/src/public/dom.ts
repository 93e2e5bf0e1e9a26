/** A tiny element builder: the public page has no framework, so it loads fast on a cheap phone. */
type TChild = Node | string | null | undefined | false;
type TAttrs = Record<string, string | boolean | ((event: Event) => void) | undefined>;

export function h(tag: string, attrs: TAttrs = {}, ...children: TChild[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** Replaces the page's content. */
export function show(...children: TChild[]): void {
  const root = document.getElementById('root')!;
  root.replaceChildren(...children.filter((c): c is Node | string => Boolean(c)));
  window.scrollTo(0, 0);
}
