import { type ReactNode, useId } from 'react';

type Props = {
  label: string;
  error?: string | null;
  /** Renders the control, given the id the label points at and the id of the error it describes. */
  children: (ids: { id: string; errorId: string | undefined }) => ReactNode;
};

/** A labelled control with its error under it (the error names what is wrong, in the page's language). */
export function Field({ label, error, children }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'zl-field zl-field-error' : 'zl-field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, errorId: error ? errorId : undefined })}
      {error && (
        <div id={errorId} className="zl-field-message" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
