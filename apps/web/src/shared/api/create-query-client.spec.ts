import { ApiRequestError } from './api-request-error';
import { createQueryClient } from './create-query-client';

const error = (statusCode: number, retryAfterSeconds?: number) =>
  new ApiRequestError({ statusCode, code: 'X', message: 'x' }, true, retryAfterSeconds);

describe('createQueryClient retry policy', () => {
  const { retry, retryDelay } = createQueryClient().getDefaultOptions().queries ?? {};
  const shouldRetry = retry as (count: number, e: unknown) => boolean;
  const delay = retryDelay as (count: number, e: unknown) => number;

  it('keeps retrying a 503 as its Retry-After says (capped), never a 4xx', () => {
    expect(shouldRetry(10, error(503, 5))).toBe(true);
    expect(delay(1, error(503, 5))).toBe(5000);
    expect(delay(1, error(503, 600))).toBe(30_000);
    expect(shouldRetry(0, error(401))).toBe(false);
    expect(shouldRetry(0, error(500))).toBe(true);
    expect(shouldRetry(2, error(500))).toBe(false);
  });
});
