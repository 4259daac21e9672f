import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import type { ApiError } from '@ipgn/contracts';
import { pickLocale, translate } from '../i18n/api-i18n';
import { API_MESSAGES, type ApiErrorCode } from '../i18n/api-messages';
import { ApiException } from './api-exception';
import type { RequestWithContext } from '../http/request-context';
import { requestIdOf } from '../http/request-id';
import { JSON_MAX_DEPTH, JSON_MAX_ELEMENTS, JsonTooComplexError } from '../http/json-shape';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';

interface HttpErrorLike {
  status?: number;
  statusCode?: number;
  type?: string;
  code?: string;
  limit?: number;
}

const STATUS_CODES: Record<number, ApiErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** Seconds to wait, from an exception that says (e.g. a throttled workshop join): sent as `Retry-After`. */
function retryAfterOf(exception: unknown): number | null {
  const seconds = (exception as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : null;
}

/** Turns every error — ours, Nest's, body-parser's, CSRF's — into the one JSON error shape. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly bodyLimit: string) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & RequestWithContext>();
    const res = http.getResponse<Response>();
    const locale = pickLocale(req.user?.locale, req.headers['accept-language']);
    const unavailable = !(exception instanceof HttpException) && isDatabaseUnavailable(exception);
    const body = unavailable
      ? this.simple(503, 'DATABASE_UNAVAILABLE', locale, { retryAfter: DATABASE_RETRY_AFTER_SECONDS })
      : this.toBody(exception, locale);
    body.requestId = requestIdOf(req, res);
    const retryAfter = unavailable ? DATABASE_RETRY_AFTER_SECONDS : (retryAfterOf(exception) ?? undefined);
    if (unavailable)
      this.logger.warn(`database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
    else if (body.statusCode >= 500)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (res.headersSent) return;
    if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, locale: 'ja' | 'en'): ApiError {
    if (exception instanceof ApiException) {
      return {
        statusCode: exception.getStatus(),
        code: exception.code,
        message: translate(locale, `errors.${exception.code}`, exception.vars),
        ...(exception.fieldProblems.length > 0 && {
          errors: exception.fieldProblems.map((p) => ({
            field: p.field,
            code: p.code,
            message: translate(locale, `fields.${p.code in FIELD_KEYS ? p.code : 'unknown'}`, p.vars ?? {}),
          })),
        }),
      };
    }
    if (exception instanceof ThrottlerException) return this.simple(429, 'TOO_MANY_REQUESTS', locale);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return this.simple(status, STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST'), locale);
    }
    const raw = (exception ?? {}) as HttpErrorLike;
    const status = raw.status ?? raw.statusCode;
    if (raw.code === 'EBADCSRFTOKEN' || raw.code === 'CSRF_INVALID') return this.simple(403, 'CSRF_INVALID', locale);
    if (raw.type === 'entity.too.large')
      return this.simple(413, 'PAYLOAD_TOO_LARGE', locale, { limit: this.bodyLimit });
    if (raw.type === 'entity.parse.failed') return this.simple(400, 'INVALID_JSON', locale);
    if (raw.type === 'entity.too.complex' || exception instanceof JsonTooComplexError) {
      return this.simple(400, 'JSON_TOO_COMPLEX', locale, { maxDepth: JSON_MAX_DEPTH, maxElements: JSON_MAX_ELEMENTS });
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return this.simple(status, STATUS_CODES[status] ?? 'BAD_REQUEST', locale);
    }
    return this.simple(500, 'INTERNAL_ERROR', locale);
  }

  private simple(
    statusCode: number,
    code: ApiErrorCode,
    locale: 'ja' | 'en',
    vars: Record<string, unknown> = {},
  ): ApiError {
    return { statusCode, code, message: translate(locale, `errors.${code}`, vars) };
  }
}

/**
 * Every field code with its own message (class-validator constraint names and our own codes). Read from the
 * messages themselves: a hand-kept list fell behind (isUrl, arrayMinSize… answered 「値が正しくありません」).
 */
const FIELD_KEYS: Readonly<Record<string, unknown>> = API_MESSAGES.ja.fields;
