import { BadRequestException, NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { ApiError } from '@ipgn/contracts';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { ApiException } from './api-exception';

interface Captured {
  status?: number;
  body?: ApiError;
}

function run(
  exception: unknown,
  opts: { acceptLanguage?: string; userLocale?: 'ja' | 'en'; headersSent?: boolean } = {},
): Captured {
  const captured: Captured = {};
  const req = {
    id: 'req-1',
    headers: { 'accept-language': opts.acceptLanguage },
    user: opts.userLocale ? { locale: opts.userLocale } : undefined,
  };
  const res = {
    headersSent: opts.headersSent ?? false,
    status(code: number) {
      captured.status = code;
      return this;
    },
    json(body: ApiError) {
      captured.body = body;
      return this;
    },
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => res, getNext: () => undefined }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter('1mb').catch(exception, host);
  return captured;
}

describe('AllExceptionsFilter', () => {
  it('answers a body-parser "too large" error with 413 PAYLOAD_TOO_LARGE naming the limit', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), {
      type: 'entity.too.large',
      status: 413,
      limit: 1048576,
    });
    expect(run(tooLarge)).toEqual({
      status: 413,
      body: {
        statusCode: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: 'リクエストが大きすぎます（上限 1mb）。',
        requestId: 'req-1',
      },
    });
    expect(run(tooLarge, { acceptLanguage: 'en' }).body?.message).toBe('The request is too large (limit 1mb).');
  });

  it('answers broken JSON with 400 INVALID_JSON', () => {
    const parse = Object.assign(new SyntaxError('Unexpected end of JSON input'), {
      type: 'entity.parse.failed',
      status: 400,
    });
    expect(run(parse, { acceptLanguage: 'en' }).body).toEqual({
      statusCode: 400,
      code: 'INVALID_JSON',
      message: 'The request body is not valid JSON.',
      requestId: 'req-1',
    });
  });

  it('answers the throttler with 429 TOO_MANY_REQUESTS', () => {
    expect(run(new ThrottlerException())).toMatchObject({ status: 429, body: { code: 'TOO_MANY_REQUESTS' } });
  });

  it('turns field problems into errors[] with messages in the request’s language', () => {
    const ex = ApiException.badRequest('VALIDATION_FAILED', [
      { field: 'displayName', code: 'maxLength', vars: { constraint: '100' } },
      { field: 'extra', code: 'whitelistValidation' },
      { field: 'email', code: 'somethingUnforeseen' },
    ]);
    expect(run(ex).body).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: '入力内容に誤りがあります。各項目のエラーを確認してください。',
      errors: [
        { field: 'displayName', code: 'maxLength', message: '100 文字以内で入力してください。' },
        { field: 'extra', code: 'whitelistValidation', message: 'この項目は受け付けられません。' },
        { field: 'email', code: 'somethingUnforeseen', message: '値が正しくありません。' },
      ],
      requestId: 'req-1',
    });
    // The signed-in user's saved language wins over the browser's.
    expect(run(ex, { acceptLanguage: 'ja', userLocale: 'en' }).body?.errors?.map((e) => e.message)).toEqual([
      'Must be at most 100 characters.',
      'This field is not accepted.',
      'The value is not valid.',
    ]);
  });

  it('gives every field code that has a message that message (an invalid URL is not 「値が正しくありません」)', () => {
    const ex = ApiException.badRequest('VALIDATION_FAILED', [
      { field: 'facts.disclosureUrl', code: 'isUrl' },
      { field: 'questionIds', code: 'arrayMinSize', vars: { constraint: '1' } },
    ]);
    expect(run(ex).body?.errors?.map((e) => e.message)).toEqual([
      'http:// または https:// で始まるURLを入力してください。',
      '1 件以上選んでください。',
    ]);
  });

  it('interpolates an ApiException’s variables and leaves out errors[] when there are none', () => {
    const body = run(new ApiException(403, 'INVITATION_EMAIL_MISMATCH', { email: 'x@example.test' }), {
      acceptLanguage: 'en',
    }).body;
    expect(body).toEqual({
      statusCode: 403,
      code: 'INVITATION_EMAIL_MISMATCH',
      message: 'This invitation is for x@example.test. Please sign in with that address.',
      requestId: 'req-1',
    });
  });

  it('maps Nest HTTP exceptions by status and hides anything unexpected behind 500 INTERNAL_ERROR', () => {
    expect(run(new NotFoundException('Cannot GET /api/x')).body).toMatchObject({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: '見つかりません。',
    });
    expect(run(new BadRequestException('raw detail')).body).toMatchObject({ statusCode: 400, code: 'BAD_REQUEST' });
    const internal = run(new Error('secret stack detail'), { acceptLanguage: 'en' });
    expect(internal.body).toEqual({
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: 'An unexpected server error occurred.',
      requestId: 'req-1',
    });
    expect(run(undefined).status).toBe(500);
  });

  it('does not write a second response when headers were already sent', () => {
    expect(run(new Error('late'), { headersSent: true })).toEqual({});
  });
});
