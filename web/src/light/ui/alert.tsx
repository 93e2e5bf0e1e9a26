import type { ReactNode } from 'react';

type Props = {
  type: 'info' | 'success' | 'warning' | 'error';
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  /** `alert` (the default) is read at once; a note that only informs is a `status`. */
  role?: 'alert' | 'status';
};

/** A coloured notice across the page. */
export function Alert({ type, title, children, action, role = 'alert' }: Props) {
  return (
    <div className={`zl-alert zl-alert-${type}`} role={role}>
      <div className="zl-alert-text">
        <div className="zl-alert-title">{title}</div>
        {children && <div className="zl-alert-body">{children}</div>}
      </div>
      {action && <div className="zl-alert-action">{action}</div>}
    </div>
  );
}
