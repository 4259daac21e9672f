import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { isApiRequestError } from '../api/api-request-error';

export type ClientFieldErrors = Partial<Record<string, string>>;

export interface FormErrors {
  formRef: RefObject<HTMLFormElement | null>;
  /** The message for one field: the form's own check first, else what the API said about that field. */
  fieldError: (field: string) => string | undefined;
  clientErrors: ClientFieldErrors;
  /** Sets the form's own check results; returns true when there are none (the form may be sent). */
  check: (errors: ClientFieldErrors) => boolean;
}

/**
 * Field errors for one form from two sources (client checks and the API's `errors[]`), and focus on the
 * first invalid field whenever new errors appear, so keyboard and screen-reader users land on the problem.
 */
export function useFormErrors(serverError: unknown): FormErrors {
  const formRef = useRef<HTMLFormElement>(null);
  const [clientErrors, setClientErrors] = useState<ClientFieldErrors>({});

  const check = useCallback((errors: ClientFieldErrors) => {
    const present = Object.fromEntries(Object.entries(errors).filter(([, v]) => Boolean(v)));
    setClientErrors(present);
    return Object.keys(present).length === 0;
  }, []);

  const fieldError = useCallback(
    (field: string) =>
      clientErrors[field] ?? (isApiRequestError(serverError) ? serverError.fieldError(field) : undefined),
    [clientErrors, serverError],
  );

  useEffect(() => {
    const hasServerFieldErrors = isApiRequestError(serverError) && serverError.fieldErrors.length > 0;
    if (Object.keys(clientErrors).length === 0 && !hasServerFieldErrors) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  }, [clientErrors, serverError]);

  return { formRef, fieldError, clientErrors, check };
}
