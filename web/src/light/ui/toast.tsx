import { useSyncExternalStore } from 'react';

/** A short message at the top of the screen, gone after a few seconds (antd's `message` in the full app). */
type TToast = { id: number; type: 'success' | 'error' | 'info'; text: string };

let toasts: TToast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => {
  for (const l of listeners) l();
};

function show(type: TToast['type'], text: string): void {
  const id = nextId++;
  toasts = [...toasts, { id, type, text }];
  emit();
  setTimeout(
    () => {
      toasts = toasts.filter((t) => t.id !== id);
      emit();
    },
    type === 'error' ? 6000 : 3000,
  );
}

export const toast = {
  success: (text: string) => show('success', text),
  error: (text: string) => show('error', text),
  info: (text: string) => show('info', text),
};

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

/** Where the toasts show; read aloud by screen readers as they come. */
export function Toasts() {
  const items = useSyncExternalStore(subscribe, () => toasts);
  return (
    <div className="zl-toasts" role="status" aria-live="polite">
      {items.map((t) => (
        <div key={t.id} className={`zl-toast zl-toast-${t.type}`}>
          {t.text}
        </div>
      ))}
    </div>
  );
}
