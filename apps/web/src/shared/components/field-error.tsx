import type { ReactNode } from 'react';

export interface FieldErrorProps {
  id: string;
  message: string | undefined;
  /** What the user can do about it (e.g. links), after the message and announced with it. */
  action?: ReactNode;
}

/** The message under a field (tie it with aria-describedby); icon and text, so colour is not the only signal. */
export function FieldError({ id, message, action }: FieldErrorProps) {
  if (!message) return null;
  return (
    <p id={id} className="field__error">
      <span aria-hidden="true" className="field__error-icon">
        !
      </span>
      {action ? (
        // One block beside the icon, so the action wraps with the words instead of standing in a column of its own.
        <span>
          {message} {action}
        </span>
      ) : (
        message
      )}
    </p>
  );
}
