import type { ReactNode } from 'react';

export interface StatusMessageProps {
  children?: ReactNode;
}

/** A polite live region for success messages; always rendered so that changes are announced. */
export function StatusMessage({ children }: StatusMessageProps) {
  return (
    <div role="status" className={children ? 'notice notice--success' : 'visually-hidden-empty'}>
      {children ? (
        <p className="notice__title">
          <span aria-hidden="true" className="notice__icon">
            ✓
          </span>
          {children}
        </p>
      ) : null}
    </div>
  );
}
