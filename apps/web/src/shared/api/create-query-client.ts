import { QueryClient } from '@tanstack/react-query';
import { isApiRequestError } from './api-request-error';

/** Longest wait between two automatic retries of a temporarily unavailable service. */
const MAX_UNAVAILABLE_DELAY_MS = 30_000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Retry only what may be transient: never a 4xx answer. A 503 (service temporarily unavailable, e.g. the
        // database restarting) is retried until it answers again, as often as its Retry-After says.
        retry: (failureCount, error) => {
          if (isApiRequestError(error) && error.isTemporarilyUnavailable) return true;
          return failureCount < 2 && !(isApiRequestError(error) && error.statusCode >= 400 && error.statusCode < 500);
        },
        retryDelay: (failureCount, error) => {
          if (isApiRequestError(error) && error.isTemporarilyUnavailable) {
            return Math.min(MAX_UNAVAILABLE_DELAY_MS, (error.retryAfterSeconds ?? 5) * 1000);
          }
          return Math.min(1000 * 2 ** failureCount, MAX_UNAVAILABLE_DELAY_MS);
        },
      },
      mutations: { retry: false },
    },
  });
}
