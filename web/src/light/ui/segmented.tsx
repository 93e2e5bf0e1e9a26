import { type ReactNode, useId } from 'react';

type Props<T extends string> = {
  label: string;
  options: readonly { value: T; label: ReactNode }[];
  value: T;
  onChange: (value: T) => void;
  /** A class of the bar's own, besides `zl-segmented`. */
  className?: string;
};

/** A choice of a few, all in view: a radio group drawn as one bar of buttons. */
export function Segmented<T extends string>({ label, options, value, onChange, className }: Props<T>) {
  const name = useId();
  return (
    <div
      className={className ? `zl-segmented ${className}` : 'zl-segmented'}
      role="radiogroup"
      aria-label={label}
    >
      {options.map((o) => (
        <label key={o.value} className={o.value === value ? 'zl-seg zl-seg-on' : 'zl-seg'}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={o.value === value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}
