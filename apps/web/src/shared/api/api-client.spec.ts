import { ApiClient } from './api-client';
import { ApiRequestError, CLIENT_ERROR_CODES } from './api-request-error';
import { apiError, createMockApi, fakeResponse, json } from '../../testing/mock-api';
import * as z from 'zod/mini';
import { lazySchema } from './response-schema';

const idSchema = z.looseObject({ id: z.string() });

function clientFor(api: ReturnType<typeof createMockApi>, locale: 'ja' | 'en' = 'ja') {
  return new ApiClient({ fetchFn: api.fetch, getLocale: () => locale });
}

describe('ApiClient', () => {
  it('sends GET requests same-origin with Accept-Language and without fetching a CSRF token', async () => {
    const api = createMockApi({ 'GET /api/orgs/o1': json(200, { id: 'o1' }) });
    const fetchSpy = jest.fn(api.fetch);
    const client = new ApiClient({ fetchFn: fetchSpy as typeof fetch, getLocale: () => 'en' });

    await expect(client.get('/api/orgs/o1', idSchema)).resolves.toEqual({ id: 'o1' });

    expect(api.callsTo('GET /api/auth/csrf')).toHaveLength(0);
    const [, init] = fetchSpy.mock.calls[0];
    expect(init?.credentials).toBe('same-origin');
    expect(api.calls[0].headers['Accept-Language']).toBe('en');
    expect(api.calls[0].headers['X-CSRF-Token']).toBeUndefined();
  });

  it('sends a keepalive save synchronously, with the CSRF token, once the token is known', async () => {
    const api = createMockApi({ 'PUT /api/a': json(200, {}), 'PUT /api/b': json(200, {}) });
    const fetchSpy = jest.fn(api.fetch);
    const client = new ApiClient({ fetchFn: fetchSpy as typeof fetch, getLocale: () => 'ja' });
    await client.put('/api/a', { v: 1 });
    fetchSpy.mockClear();

    const pending = client.put('/api/b', { v: 2 }, { keepalive: true });
    // Still inside the same task (as in a pagehide handler): the request has already left.
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const [url, init] = fetchSpy.mock.calls[0];
    expect(url).toBe('/api/b');
    expect(init?.keepalive).toBe(true);
    expect((init?.headers as Record<string, string>)['X-CSRF-Token']).toBe('csrf-1');
    await pending;
  });

  it('sends the first save of a page synchronously on pagehide once the page has prepared for it', async () => {
    const api = createMockApi({ 'PUT /api/b': json(200, {}) });
    const fetchSpy = jest.fn(api.fetch);
    const client = new ApiClient({ fetchFn: fetchSpy as typeof fetch, getLocale: () => 'ja' });
    await client.prepareKeepalive();
    await client.prepareKeepalive();
    expect(api.callsTo('GET /api/auth/csrf')).toHaveLength(1);
    fetchSpy.mockClear();

    const pending = client.put('/api/b', { v: 2 }, { keepalive: true });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect((fetchSpy.mock.calls[0][1]?.headers as Record<string, string>)['X-CSRF-Token']).toBe('csrf-1');
    await pending;
  });

  it('prepares for keepalive without rejecting when the token cannot be fetched', async () => {
    const client = new ApiClient({
      fetchFn: (() => Promise.reject(new TypeError('offline'))) as typeof fetch,
      getLocale: () => 'ja',
    });
    await expect(client.prepareKeepalive()).resolves.toBeUndefined();
  });

  it('fetches the CSRF token once and sends it on every state-changing request', async () => {
    const api = createMockApi({
      'POST /api/orgs/o1/invitations': json(201, { id: 'i1' }),
      'PATCH /api/orgs/o1': json(200, { id: 'o1' }),
      'DELETE /api/orgs/o1/invitations/i1': json(204),
    });
    const client = clientFor(api);

    await client.post('/api/orgs/o1/invitations', { email: 'a@example.jp', role: 'viewer' });
    await client.patch('/api/orgs/o1', { legalNameJa: 'x' });
    await expect(client.delete('/api/orgs/o1/invitations/i1')).resolves.toBeUndefined();

    expect(api.callsTo('GET /api/auth/csrf')).toHaveLength(1);
    const changing = api.calls.filter((c) => c.method !== 'GET');
    expect(changing.map((c) => c.headers['X-CSRF-Token'])).toEqual(['csrf-1', 'csrf-1', 'csrf-1']);
    expect(changing[0].headers['Content-Type']).toBe('application/json');
    expect(changing[0].body).toEqual({ email: 'a@example.jp', role: 'viewer' });
  });

  it('refetches the token and retries once when the server answers 403 CSRF_INVALID', async () => {
    let token = 0;
    let attempts = 0;
    const api = createMockApi({
      'GET /api/auth/csrf': () => json(200, { csrfToken: `csrf-${++token}` }),
      'POST /api/auth/logout': (call) => {
        attempts++;
        return call.headers['X-CSRF-Token'] === 'csrf-2'
          ? json(204)
          : apiError(403, 'CSRF_INVALID', 'トークンが無効です');
      },
    });
    const client = clientFor(api);

    await expect(client.post('/api/auth/logout')).resolves.toBeUndefined();
    expect(attempts).toBe(2);
    expect(api.callsTo('GET /api/auth/csrf')).toHaveLength(2);
  });

  it('retries only once: a second CSRF_INVALID is reported as an error', async () => {
    const api = createMockApi({ 'POST /api/auth/logout': apiError(403, 'CSRF_INVALID', 'トークンが無効です') });
    const client = clientFor(api);

    await expect(client.post('/api/auth/logout')).rejects.toMatchObject({ statusCode: 403, code: 'CSRF_INVALID' });
    expect(api.callsTo('POST /api/auth/logout')).toHaveLength(2);
  });

  it('does not retry other 403 answers', async () => {
    const api = createMockApi({ 'DELETE /api/orgs/o1/members/u2': apiError(403, 'FORBIDDEN', '権限がありません') });
    const client = clientFor(api);

    await expect(client.delete('/api/orgs/o1/members/u2')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: '権限がありません',
    });
    expect(api.callsTo('DELETE /api/orgs/o1/members/u2')).toHaveLength(1);
  });

  it('uses a fresh token after resetCsrfToken (e.g. after sign-in)', async () => {
    let token = 0;
    const api = createMockApi({
      'GET /api/auth/csrf': () => json(200, { csrfToken: `csrf-${++token}` }),
      'POST /api/auth/login': json(200, { id: 'u1' }),
      'POST /api/organizations': json(201, { id: 'o2' }),
    });
    const client = clientFor(api);

    await client.post('/api/auth/login', { email: 'a@example.jp', password: 'x' });
    client.resetCsrfToken();
    await client.post('/api/organizations', { legalNameJa: '株式会社テスト' });

    expect(api.callsTo('POST /api/organizations')[0].headers['X-CSRF-Token']).toBe('csrf-2');
  });

  it('parses the API error shape, including field errors and the request id', async () => {
    const api = createMockApi({
      'POST /api/auth/signup': apiError(400, 'VALIDATION_FAILED', '入力内容を確認してください', [
        { field: 'password', code: 'minLength', message: 'パスワードは10文字以上にしてください' },
      ]),
    });
    const client = clientFor(api);

    const error = await client.post('/api/auth/signup', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    const apiErr = error as ApiRequestError;
    expect(apiErr.statusCode).toBe(400);
    expect(apiErr.code).toBe('VALIDATION_FAILED');
    expect(apiErr.message).toBe('入力内容を確認してください');
    expect(apiErr.fieldError('password')).toBe('パスワードは10文字以上にしてください');
    expect(apiErr.fieldError('email')).toBeUndefined();
    expect(apiErr.requestId).toBe('req-test');
    expect(apiErr.hasServerMessage).toBe(true);
  });

  it('turns a non-JSON error body into an error without a server message', async () => {
    const fetchFn = jest.fn(async () => fakeResponse('<html>Bad gateway</html>', 502, 'Bad Gateway'));
    const client = new ApiClient({ fetchFn: fetchFn as unknown as typeof fetch, getLocale: () => 'ja' });

    await expect(client.get('/api/health', idSchema)).rejects.toMatchObject({
      statusCode: 502,
      code: CLIENT_ERROR_CODES.unexpected,
      hasServerMessage: false,
    });
  });

  it('reports a network failure as NETWORK_ERROR', async () => {
    const fetchFn = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const client = new ApiClient({ fetchFn: fetchFn as unknown as typeof fetch, getLocale: () => 'ja' });

    await expect(client.get('/api/auth/me', idSchema)).rejects.toMatchObject({
      statusCode: 0,
      code: CLIENT_ERROR_CODES.network,
    });
  });

  it('tries the CSRF token again after the token request itself failed', async () => {
    let csrfCalls = 0;
    const api = createMockApi({
      'GET /api/auth/csrf': () =>
        ++csrfCalls === 1 ? apiError(500, 'INTERNAL', '障害') : json(200, { csrfToken: 'csrf-ok' }),
      'POST /api/auth/logout': json(204),
    });
    const client = clientFor(api);

    await expect(client.post('/api/auth/logout')).rejects.toMatchObject({ statusCode: 500 });
    await expect(client.post('/api/auth/logout')).resolves.toBeUndefined();
    expect(api.callsTo('POST /api/auth/logout')[0].headers['X-CSRF-Token']).toBe('csrf-ok');
  });

  describe('checked responses', () => {
    let consoleError: jest.SpyInstance;
    beforeEach(() => {
      consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    });
    afterEach(() => consoleError.mockRestore());

    const listSchema = z.looseObject({ items: z.array(z.looseObject({ id: z.string(), score: z.number() })) });

    it('returns the body when it matches the schema, keeping fields the schema does not list', async () => {
      const api = createMockApi({ 'GET /api/list': json(200, { items: [{ id: 'a', score: 3, extra: true }] }) });
      await expect(clientFor(api).get('/api/list', listSchema)).resolves.toEqual({
        items: [{ id: 'a', score: 3, extra: true }],
      });
      expect(consoleError).not.toHaveBeenCalled();
    });

    it('refuses a body that does not match: INVALID_RESPONSE, and the path of the mismatch in the console', async () => {
      const api = createMockApi({ 'GET /api/list': json(200, { items: [{ id: 'a', score: 3 }, { id: 'b' }] }) });

      const error = await clientFor(api)
        .get('/api/list', listSchema)
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ApiRequestError);
      expect(error).toMatchObject({ code: CLIENT_ERROR_CODES.invalidResponse, hasServerMessage: false });
      expect(consoleError).toHaveBeenCalledTimes(1);
      const [message, issues] = consoleError.mock.calls[0] as [string, string[]];
      expect(message).toContain('GET /api/list');
      expect(issues).toEqual([expect.stringMatching(/^items\[1\]\.score: /)]);
    });

    it('checks the answer of a state-changing call given a schema, and ignores it without one', async () => {
      const api = createMockApi({
        'POST /api/things': json(201, { id: 42 }),
        'POST /api/other': json(201, { anything: 1 }),
      });
      const client = clientFor(api);

      await expect(client.post('/api/things', {}, idSchema)).rejects.toMatchObject({
        code: CLIENT_ERROR_CODES.invalidResponse,
      });
      await expect(client.post('/api/other', {})).resolves.toBeUndefined();
      expect(consoleError.mock.calls[0][0]).toContain('POST /api/things');
    });

    it('refuses an empty body where the schema expects one', async () => {
      const api = createMockApi({ 'GET /api/thing': json(204) });
      await expect(clientFor(api).get('/api/thing', idSchema)).rejects.toMatchObject({
        code: CLIENT_ERROR_CODES.invalidResponse,
      });
    });

    it('refuses a CSRF token answer without a token instead of sending "undefined"', async () => {
      const api = createMockApi({ 'GET /api/auth/csrf': json(200, {}), 'POST /api/auth/logout': json(204) });
      await expect(clientFor(api).post('/api/auth/logout')).rejects.toMatchObject({
        code: CLIENT_ERROR_CODES.invalidResponse,
      });
      expect(api.callsTo('POST /api/auth/logout')).toHaveLength(0);
    });

    it('loads a lazy schema beside the request, once, and loads it again after a failed load', async () => {
      const api = createMockApi({ 'GET /api/thing': json(200, { id: 'a' }) });
      const fetchSpy = jest.fn(api.fetch);
      const client = new ApiClient({ fetchFn: fetchSpy as typeof fetch, getLocale: () => 'ja' });
      let loads = 0;
      const lazy = lazySchema(async () => {
        loads++;
        if (loads === 1) throw new Error('chunk failed');
        return idSchema;
      });

      const first = client.get('/api/thing', lazy);
      expect(fetchSpy).toHaveBeenCalledTimes(1); // the request left before the schema arrived
      await expect(first).rejects.toMatchObject({ code: CLIENT_ERROR_CODES.network });
      await expect(client.get('/api/thing', lazy)).resolves.toEqual({ id: 'a' });
      await expect(client.get('/api/thing', lazy)).resolves.toEqual({ id: 'a' });
      expect(loads).toBe(2);
    });
  });
});
