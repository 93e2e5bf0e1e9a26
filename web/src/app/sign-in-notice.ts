/**
 * Why the user was sent back to sign-in (e.g. "登录已超时，请重新登录"), kept outside the router
 * because the session guard may redirect at the same moment with its own state.
 */
let notice: string | null = null;

export function setSignInNotice(message: string | null): void {
  notice = message;
}

export function signInNotice(): string | null {
  return notice;
}
