export interface FieldErrorProps {
  id: string;
  message: string | undefined;
}

/** The message under a field (tie it with aria-describedby); icon and text, so colour is not the only signal. */
export function FieldError({ id, message }: FieldErrorProps) {
  if (!message) return null;
  return (
    <p id={id} className="field__error">
      <span aria-hidden="true" className="field__error-icon">
        !
      </span>
      {message}
    </p>
  );
}
