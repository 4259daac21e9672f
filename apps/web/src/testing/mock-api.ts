import { pageOf, type Page } from '@ipgn/contracts';
/** A fake of the API for component tests: routes "METHOD /path" to handlers and records every call. */
export interface RecordedCall {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface MockResponse {
  status: number;
  body?: unknown;
  /** Response headers the client reads (e.g. `Retry-After`). */
  headers?: Record<string, string>;
}

export type MockHandler = (call: RecordedCall) => MockResponse | Promise<MockResponse>;

export interface MockApi {
  fetch: typeof fetch;
  calls: RecordedCall[];
  on: (route: string, handler: MockHandler | MockResponse) => void;
  callsTo: (route: string) => RecordedCall[];
}

/** The part of the Fetch API's Response the client uses (jsdom provides no Response). */
class FakeResponse {
  readonly ok: boolean;
  readonly headers: Pick<Headers, 'get'>;
  constructor(
    private readonly text_: string,
    readonly status: number,
    readonly statusText = '',
    private readonly headerValues: Record<string, string> = {},
  ) {
    this.ok = status >= 200 && status < 300;
    const byName = new Map(Object.entries(headerValues).map(([k, v]) => [k.toLowerCase(), v]));
    this.headers = { get: (name: string) => byName.get(name.toLowerCase()) ?? null };
  }
  async text(): Promise<string> {
    return this.text_;
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.text_) as unknown;
  }
  clone(): FakeResponse {
    return new FakeResponse(this.text_, this.status, this.statusText, this.headerValues);
  }
}

export function fakeResponse(
  text: string,
  status: number,
  statusText = '',
  headers: Record<string, string> = {},
): Response {
  return new FakeResponse(text, status, statusText, headers) as unknown as Response;
}

export function json(status: number, body?: unknown): MockResponse {
  return { status, body };
}

export function apiError(
  statusCode: number,
  code: string,
  message: string,
  errors?: Array<{ field: string; code: string; message: string }>,
): MockResponse {
  return { status: statusCode, body: { statusCode, code, message, errors, requestId: 'req-test' } };
}

/** A rate limit's refusal: 429 `TOO_MANY_REQUESTS` in the API's error shape with `Retry-After: seconds`. */
export function tooManyRequests(
  seconds: number,
  message = '利用回数の上限に達しました。時間をおいてから再度お試しください。',
): MockResponse {
  return { ...apiError(429, 'TOO_MANY_REQUESTS', message), headers: { 'Retry-After': String(seconds) } };
}

export function createMockApi(routes: Record<string, MockHandler | MockResponse> = {}): MockApi {
  const table = new Map<string, MockHandler | MockResponse>(Object.entries(routes));
  if (!table.has('GET /api/auth/csrf')) table.set('GET /api/auth/csrf', json(200, { csrfToken: 'csrf-1' }));
  const calls: RecordedCall[] = [];

  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const path = url.replace(/^https?:\/\/[^/]+/, '');
    const method = (init?.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(Object.entries((init?.headers as Record<string, string> | undefined) ?? {}));
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const call: RecordedCall = { method, path, headers, body };
    calls.push(call);
    const route = `${method} ${path.split('?')[0]}`;
    const entry = table.get(route);
    if (!entry) {
      return fakeResponse(JSON.stringify({ statusCode: 404, code: 'NOT_FOUND', message: `No mock for ${route}` }), 404);
    }
    const result = typeof entry === 'function' ? await entry(call) : entry;
    if (result.status === 204 || result.body === undefined) return fakeResponse('', result.status, '', result.headers);
    return fakeResponse(JSON.stringify(result.body), result.status, '', result.headers);
  };

  return {
    fetch: fetchFn as typeof fetch,
    calls,
    on: (route, handler) => table.set(route, handler),
    callsTo: (route) => {
      const [method, path] = route.split(' ');
      return calls.filter((c) => c.method === method && c.path.split('?')[0] === path);
    },
  };
}

/** A one-page `Page<T>` answer of a list endpoint holding `items`. */
export function page<T>(items: T[]): Page<T> {
  return pageOf(items, items.length, { offset: 0, limit: 50 });
}
