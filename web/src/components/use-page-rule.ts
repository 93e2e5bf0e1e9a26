import { useEffect } from 'react';

/** Sets the print page rule (paper size, margins) while a printable page is open. */
export function usePageRule(rule: string): void {
  useEffect(() => {
    const style = document.createElement('style');
    style.dataset.zcSignPage = '';
    style.textContent = rule;
    document.head.append(style);
    return () => style.remove();
  }, [rule]);
}
