import { type ReactNode, useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  /** `sheet` slides from the bottom of a phone (a drawer); `side` from the left (the menu). */
  placement?: 'center' | 'sheet' | 'side';
  /** An extra control beside the title (全部已读). */
  extra?: ReactNode;
  /** The name of the ×: 关闭 unless given (关闭菜单). */
  closeLabel?: string;
};

/** A modal dialog: named by its title, closed by Escape, the × or a tap outside. */
export function Dialog({ title, onClose, children, footer, placement = 'center', extra, closeLabel }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.removeEventListener('keydown', onKey);
      document.body.style.overflow = overflow;
    };
  }, [onClose]);
  return (
    <div className={`zl-mask zl-mask-${placement}`}>
      {/* a tap beside the dialog closes it; keyboards have Escape and the × */}
      <button type="button" className="zl-backdrop" aria-hidden="true" tabIndex={-1} onClick={onClose} />
      <div
        className={`zl-dialog zl-dialog-${placement}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
      >
        <div className="zl-dialog-head">
          <h2 id={titleId}>{title}</h2>
          {extra}
          <button
            type="button"
            className="zl-icon-btn"
            aria-label={closeLabel ?? t('common.close')}
            onClick={onClose}
          >
            ×
          </button>
        </div>
        <div className="zl-dialog-body">{children}</div>
        {footer && <div className="zl-dialog-foot">{footer}</div>}
      </div>
    </div>
  );
}
