import { QueryClient } from '@tanstack/react-query';
import { isApiRequestError } from './api-request-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Retry only what may be transient: never a 4xx answer.
        retry: (failureCount, error) =>
          failureCount < 2 && !(isApiRequestError(error) && error.statusCode >= 400 && error.statusCode < 500),
      },
      mutations: { retry: false },
    },
  });
}
