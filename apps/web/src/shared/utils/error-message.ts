import type { TFunction } from 'i18next';
import { CLIENT_ERROR_CODES, isApiRequestError } from '../api/api-request-error';

/** A readable message for any error: the API's own (already translated) message, else a generic one. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isApiRequestError(error)) {
    if (error.code === CLIENT_ERROR_CODES.network) return t('errors.network');
    if (error.hasServerMessage) return error.message;
  }
  return t('errors.unexpected');
}
