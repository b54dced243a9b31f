import type { ReactNode } from 'react';

/** A labelled control with its hint and its error below it: `id` is the control's, the label points at it. */
export function FormField({ id, label, error, children }: { id: string; label: string; error?: ReactNode; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        <span>{label}</span>
      </label>
      {children}
      {error}
    </div>
  );
}
