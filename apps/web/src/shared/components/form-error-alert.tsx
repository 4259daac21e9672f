import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiRequestError } from '../api/api-request-error';
import { errorMessage } from '../utils/error-message';

export interface FormErrorAlertProps {
  /** The failed request's error, if any. */
  error?: unknown;
  /** True when the form's own checks found problems (shown as a summary). */
  invalid?: boolean;
}

/** The form-level error, announced when it appears; field errors sit next to their fields. */
export function FormErrorAlert({ error, invalid }: FormErrorAlertProps) {
  const { t } = useTranslation();
  let message: string | null = null;
  if (error) message = errorMessage(error, t, { fieldMessages: false });
  else if (invalid) message = t('errors.fieldSummary');
  // The reference number is for support, so only an unexpected (5xx) error shows it; the user fixes the rest.
  const requestId = isApiRequestError(error) && error.isServerFault ? error.requestId : undefined;
  // A rate limit asks the user to wait minutes: say that the form kept what they typed (it always does).
  const kept = isApiRequestError(error) && error.isRateLimited;
  const unshown = useFieldMessagesNotShown(error);
  return (
    <div role="alert" className={message ? 'notice notice--error' : 'visually-hidden-empty'}>
      {message ? (
        <>
          <p className="notice__title">
            <span aria-hidden="true" className="notice__icon">
              !
            </span>
            {message}
          </p>
          {kept ? <p>{t('errors.inputKept')}</p> : null}
          {unshown.length > 0 ? (
            <ul className="notice__list">
              {unshown.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : null}
          {requestId ? <p className="notice__meta">{t('errors.requestId', { id: requestId })}</p> : null}
        </>
      ) : null}
    </div>
  );
}

/**
 * The API's field messages that no field on the page shows (the form has no box for that field, or names it
 * differently): listed in the alert, so 「入力内容に誤りがあります」 never stands alone without the reason.
 * Read from the page after the error renders (layout effect, before paint): the fields showing it render in the
 * same commit, so each form needs no list of its fields.
 */
function useFieldMessagesNotShown(error: unknown): string[] {
  const [unshown, setUnshown] = useState<string[]>([]);
  const messages = isApiRequestError(error) ? [...new Set(error.fieldErrors.map((f) => f.message))] : [];
  const key = messages.join('\n');
  useLayoutEffect(() => {
    const list = key === '' ? [] : key.split('\n');
    const shown = Array.from(document.querySelectorAll('.field__error'), (el) => el.textContent ?? '');
    const next = list.filter((m) => !shown.some((text) => text.includes(m)));
    setUnshown((previous) => (previous.join('\n') === next.join('\n') ? previous : next));
  }, [key]);
  return unshown;
}
