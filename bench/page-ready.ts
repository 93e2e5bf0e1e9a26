// What "usable" means for bench/today-load.bench.ts, checked inside the page from the document's
// start: a check runs every animation frame and keeps the moment it first held. These functions run in
// the browser (their source is sent there), so they name no outer value; bench/ is type-checked without
// the DOM's types, hence the few declared here.

/** The bits of a button the checks read. */
type TPageButton = {
  textContent: string | null;
  disabled: boolean;
  checkVisibility(): boolean;
  classList: { contains(name: string): boolean };
};
declare const document: { readyState: string; querySelectorAll(selector: 'button'): Iterable<TPageButton> };

/** A check: the moment (`performance.now()`, navigation start = 0) when the page is usable, else false. */
export type TReadyCheck = (arg: string) => number | false;

/** The moment the load event has fired (a bare page is usable then). */
export const loaded: TReadyCheck = () => document.readyState === 'complete' && performance.now();

/**
 * The moment the page shows a button whose text, spaces aside (antd writes 「保 存」), is `label`,
 * visible and enabled (not loading).
 */
export const buttonUsable: TReadyCheck = (label) =>
  [...document.querySelectorAll('button')].some(
    (b) =>
      (b.textContent ?? '').replace(/\s/g, '') === label &&
      b.checkVisibility() &&
      !b.disabled &&
      !b.classList.contains('ant-btn-loading'),
  ) && performance.now();

/**
 * The source of an init script (`page.addInitScript`, which runs before the page's own scripts and is
 * not subject to its CSP) that runs `check(arg)` every animation frame of every document the page loads
 * until it holds, and keeps the moment in `__benchReady`. Written as text: tsx would wrap a named inner
 * function in a helper (`__name`) that the page does not have.
 */
export function readyWatcher(check: TReadyCheck, arg = ''): string {
  return `(() => {
    const check = ${check.toString()};
    const tick = () => {
      const at = check(${JSON.stringify(arg)});
      if (at === false) requestAnimationFrame(tick);
      else globalThis.__benchReady = at;
    };
    tick();
  })()`;
}

/** Run in the page: the watched moment once it is known, else false. */
export const readyMoment = (): number | false =>
  (globalThis as { __benchReady?: number }).__benchReady ?? false;
