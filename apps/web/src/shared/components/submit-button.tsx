import type { ReactNode } from 'react';

export interface SubmitButtonProps {
  pending: boolean;
  children: ReactNode;
  pendingLabel: ReactNode;
  variant?: 'primary' | 'secondary' | 'danger';
}

/** A submit button that is disabled and says so while its request is running. */
export function SubmitButton({ pending, children, pendingLabel, variant = 'primary' }: SubmitButtonProps) {
  return (
    <button type="submit" className={`button button--${variant}`} disabled={pending} aria-busy={pending || undefined}>
      {pending ? pendingLabel : children}
    </button>
  );
}
