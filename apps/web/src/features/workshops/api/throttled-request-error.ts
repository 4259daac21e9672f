import type { ApiError } from '@ipgn/contracts';
import { ApiRequestError } from '../../../shared/api/api-request-error';

/** A 429 with the server's standard `Retry-After`: the caller waits that long and tries again by itself. */
export class ThrottledRequestError extends ApiRequestError {
  declare readonly retryAfterSeconds: number;

  constructor(body: ApiError, retryAfterSeconds: number) {
    super(body, true, retryAfterSeconds);
    this.name = 'ThrottledRequestError';
  }
}
