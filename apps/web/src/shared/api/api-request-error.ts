import type { ApiError, ApiFieldError } from '@ipgn/contracts';

/** Codes the client itself produces when the server gave no JSON error body. */
export const CLIENT_ERROR_CODES = {
  network: 'NETWORK_ERROR',
  unexpected: 'UNEXPECTED_RESPONSE',
  /** The server answered 2xx, but the body does not have the shape the page expects (its schema). */
  invalidResponse: 'INVALID_RESPONSE',
} as const;

/** An API call that failed: carries the API's one error shape (status, code, message, field errors). */
export class ApiRequestError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly fieldErrors: ApiFieldError[];
  readonly requestId: string | undefined;
  /** True when `message` came from the server (already in the user's language). */
  readonly hasServerMessage: boolean;
  /** Seconds from the server's Retry-After header (503 and 429 answers), when it sent one. */
  readonly retryAfterSeconds: number | undefined;

  constructor(body: ApiError, hasServerMessage = true, retryAfterSeconds?: number) {
    super(body.message);
    this.name = 'ApiRequestError';
    this.statusCode = body.statusCode;
    this.code = body.code;
    this.fieldErrors = body.errors ?? [];
    this.requestId = body.requestId;
    this.hasServerMessage = hasServerMessage;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /**
   * Something went wrong on the server's side (5xx): the one kind of error worth a reference number for support.
   * A wrong password, a taken address or an unreadable file is the user's to fix and needs none.
   */
  get isServerFault(): boolean {
    return this.statusCode >= 500;
  }

  /** The service is temporarily unavailable (e.g. the database restarts): try again later, nobody is signed out. */
  get isTemporarilyUnavailable(): boolean {
    return this.statusCode === 503;
  }

  /** A rate limit refused the request (429): the same request succeeds after `retryAfterSeconds`. */
  get isRateLimited(): boolean {
    return this.statusCode === 429;
  }

  /**
   * The same error with only the field errors `keep` accepts; undefined when it named fields and none is left (its
   * whole point was those fields, which the user has since changed).
   */
  keepFieldErrors(keep: (error: ApiFieldError) => boolean): ApiRequestError | undefined {
    const kept = this.fieldErrors.filter(keep);
    if (kept.length === this.fieldErrors.length) return this;
    if (kept.length === 0) return undefined;
    return new ApiRequestError(
      {
        statusCode: this.statusCode,
        code: this.code,
        message: this.message,
        errors: kept,
        ...(this.requestId !== undefined ? { requestId: this.requestId } : {}),
      },
      this.hasServerMessage,
      this.retryAfterSeconds,
    );
  }

  /** The first error message for one field, if the server named that field. */
  fieldError(field: string): string | undefined {
    return this.fieldErrors.find((e) => e.field === field)?.message;
  }
}

export function isApiRequestError(value: unknown): value is ApiRequestError {
  return value instanceof ApiRequestError;
}

/** The API's message for one field of a failed request, if it named that field. */
export function fieldErrorOf(error: unknown, field: string): string | undefined {
  return isApiRequestError(error) ? error.fieldError(field) : undefined;
}
