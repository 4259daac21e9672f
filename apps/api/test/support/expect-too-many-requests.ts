import type request from 'supertest';

/**
 * A refusal by a rate limit: 429 in the house error shape (`TOO_MANY_REQUESTS`, a message in the caller's language,
 * the request id) with a `Retry-After` of at least one second and at most the budget's window.
 */
export function expectTooManyRequests(res: request.Response, windowMs: number): void {
  expect({ status: res.status, body: res.body as unknown }).toEqual({
    status: 429,
    body: { statusCode: 429, code: 'TOO_MANY_REQUESTS', message: expect.any(String), requestId: expect.any(String) },
  });
  const wait = Number(res.headers['retry-after']);
  expect(wait).toBeGreaterThanOrEqual(1);
  expect(wait).toBeLessThanOrEqual(windowMs / 1000);
}
