import type { TFunction } from 'i18next';
import { CLIENT_ERROR_CODES, isApiRequestError } from '../api/api-request-error';

/**
 * A readable message for any error: the API's own (already translated) message, else a generic one. With field
 * errors (400 VALIDATION_FAILED) their messages follow, since a status line has no field to show them beside. A
 * rate limit's refusal (429) says how long to wait, from its `Retry-After`.
 */
export function errorMessage(error: unknown, t: TFunction, options: { fieldMessages?: boolean } = {}): string {
  if (isApiRequestError(error)) {
    if (error.code === CLIENT_ERROR_CODES.network) return t('errors.network');
    if (error.code === CLIENT_ERROR_CODES.invalidResponse) return t('errors.invalidResponse');
    if (error.hasServerMessage) {
      const fields = options.fieldMessages === false ? [] : [...new Set(error.fieldErrors.map((f) => f.message))];
      // Whole minutes, rounded up: "about 1 minute" also for 45 seconds.
      const wait =
        error.isRateLimited && error.retryAfterSeconds
          ? [t('errors.retryIn', { count: Math.ceil(error.retryAfterSeconds / 60) })]
          : [];
      return [error.message, ...wait, ...fields].join(' ');
    }
  }
  return t('errors.unexpected');
}
