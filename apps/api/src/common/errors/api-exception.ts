import { HttpException } from '@nestjs/common';
import type { ApiFieldError } from '@ipgn/contracts';
import type { ApiErrorCode } from '../i18n/api-messages';

export interface ApiFieldProblem {
  field: string;
  code: string;
  vars?: Record<string, unknown>;
}

/**
 * The one exception the API throws on purpose. It carries a code; the exception filter turns it into the JSON
 * error shape with a message in the request's language.
 */
export class ApiException extends HttpException {
  constructor(
    status: number,
    readonly code: ApiErrorCode,
    readonly vars: Record<string, unknown> = {},
    readonly fieldProblems: ApiFieldProblem[] = [],
  ) {
    super(code, status);
  }

  /** Seconds for the `Retry-After` header (503 and 429 answers). */
  retryAfterSeconds?: number;

  /** 503 (or another status) that tells the client when to try again. */
  static retryLater(
    status: 429 | 503,
    code: ApiErrorCode,
    seconds: number,
    vars: Record<string, unknown> = {},
  ): ApiException {
    const e = new ApiException(status, code, { retryAfter: seconds, ...vars });
    e.retryAfterSeconds = seconds;
    return e;
  }

  static notFound(): ApiException {
    return new ApiException(404, 'NOT_FOUND');
  }

  static forbidden(): ApiException {
    return new ApiException(403, 'FORBIDDEN');
  }

  static badRequest(
    code: ApiErrorCode,
    fieldProblems: ApiFieldProblem[] = [],
    vars: Record<string, unknown> = {},
  ): ApiException {
    return new ApiException(400, code, vars, fieldProblems);
  }
}

export type { ApiFieldError };
