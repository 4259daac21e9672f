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
  if (error) message = errorMessage(error, t);
  else if (invalid) message = t('errors.fieldSummary');
  const requestId = isApiRequestError(error) ? error.requestId : undefined;
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
          {requestId ? <p className="notice__meta">{t('errors.requestId', { id: requestId })}</p> : null}
        </>
      ) : null}
    </div>
  );
}
