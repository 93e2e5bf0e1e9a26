import type { TSession } from '@zhucun/core';
import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../api/auth.ts';
import { useOutboxSync } from '../api/outbox.ts';
import { setLanguage } from '../i18n/index.ts';
import { normaliseLanguage, otherLanguage } from '../i18n/language.ts';
import { allowedNavItems } from '../lib/navigation.ts';
import { afterOutboxSent } from '../lib/outbox/after-sent.ts';
import { outboxItems } from '../lib/outbox/outbox.ts';
import type { TFlushOutcome } from '../lib/outbox/sender.ts';
import { Bell } from './bell.tsx';
import { OutboxBanner } from './outbox-banner.tsx';
import { Dialog } from './ui/dialog.tsx';
import { toast } from './ui/toast.tsx';

const BRAND = (
  <svg width="28" height="28" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
    <rect width="64" height="64" rx="14" fill="#b4232a" />
    <path d="M14 34 32 18l18 16v16H38V38H26v12H14z" fill="#fff" />
  </svg>
);

/**
 * The light pages' frame on a phone: the menu (every page the account may open; the full app's pages
 * load as pages of their own), the bell, the language, sign-out, and what the outbox still holds.
 */
export function Shell({ session, path, children }: { session: TSession; path: string; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { user } = session;
  const logout = useLogout();
  const [menuOpen, setMenuOpen] = useState(false);
  const [unsent, setUnsent] = useState<number | null>(null);
  // what the outbox sent later (back online, a retry): the drafts it came from go, the cadre is told
  const onSent = useCallback(
    (outcomes: TFlushOutcome[]) =>
      afterOutboxSent(outcomes, t, { success: toast.success, error: toast.error }),
    [t],
  );
  useOutboxSync(onSent);
  const leave = () => logout.mutate(undefined, { onSettled: () => window.location.assign('/login') });
  // unsent items are named before they are deleted with the rest of what this phone keeps
  const signOut = async () => {
    const count = (await outboxItems().catch(() => [])).filter((i) => i.userId === user.id).length;
    if (count === 0) leave();
    else setUnsent(count);
  };
  const next = otherLanguage(normaliseLanguage(i18n.language));
  const closeMenu = () => setMenuOpen(false);

  return (
    <div className="zl-app">
      <header className="zl-header">
        <button
          type="button"
          className="zl-icon-btn"
          aria-label={t('nav.openMenu')}
          aria-expanded={menuOpen}
          onClick={() => setMenuOpen(true)}
        >
          <span className="zl-burger" aria-hidden="true" />
        </button>
        <a href="/" className="zl-brand">
          {BRAND}
          <span className="zl-ellipsis">{t('app.name')}</span>
        </a>
        <Bell permissions={user.permissions} />
        <button type="button" className="zl-text-btn" lang={next} onClick={() => void setLanguage(next)}>
          {t('lang.switch')}
        </button>
        <button
          type="button"
          className="zl-icon-btn"
          aria-label={t('header.signOut')}
          title={t('header.signOut')}
          disabled={logout.isPending}
          onClick={() => void signOut()}
        >
          <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M10 4H5v16h5M15 8l4 4-4 4M19 12H9" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        </button>
      </header>
      {menuOpen && (
        <Dialog title={user.displayName} placement="side" onClose={closeMenu} closeLabel={t('nav.closeMenu')}>
          <nav aria-label={t('nav.main')}>
            <div role="menu" className="zl-menu">
              {allowedNavItems(user.permissions).map((item) => (
                <a
                  key={item.key}
                  role="menuitem"
                  href={item.path}
                  aria-current={item.path === path ? 'page' : undefined}
                  className={item.path === path ? 'zl-menu-on' : undefined}
                >
                  {t(`nav.${item.key}`)}
                </a>
              ))}
            </div>
          </nav>
        </Dialog>
      )}
      {unsent !== null && (
        <Dialog
          title={t('outbox.signOut.title')}
          onClose={() => setUnsent(null)}
          footer={
            <>
              <button type="button" className="zl-btn" onClick={() => setUnsent(null)}>
                {t('outbox.signOut.cancel')}
              </button>
              <button type="button" className="zl-btn zl-btn-danger" onClick={leave}>
                {t('outbox.signOut.ok')}
              </button>
            </>
          }
        >
          <p>{t('outbox.signOut.content', { count: unsent })}</p>
        </Dialog>
      )}
      <main className="zl-main">
        <OutboxBanner />
        {children}
      </main>
    </div>
  );
}
