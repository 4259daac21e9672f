import { isApiError, type CsrfTokenResponse, type Locale } from '@ipgn/contracts';
import { ApiRequestError, CLIENT_ERROR_CODES } from './api-request-error';
import { issuePath, loadSchema, type ResponseSchema, type ResponseSchemaSource } from './response-schema';

type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  /**
   * Let the request outlive the page (fetch `keepalive`): for a save flushed on pagehide. With a CSRF token already
   * known, the request leaves synchronously, inside the event handler, before the page is torn down.
   */
  keepalive?: boolean;
}

export interface ApiClientOptions {
  /** The fetch implementation; tests pass a mock. */
  fetchFn?: typeof fetch;
  /** Prefix for every path, '' when the API is served from the same origin under /api. */
  baseUrl?: string;
  /** The current UI language, sent as Accept-Language so error messages come back in it. */
  getLocale: () => Locale;
}

const CSRF_PATH = '/api/auth/csrf';

/**
 * The one typed client for the API. Same-origin cookie session; a CSRF token fetched lazily, sent on every
 * state-changing request and re-fetched (one retry) when the server says it is invalid.
 */
export class ApiClient {
  private readonly fetchFn: typeof fetch;
  private readonly baseUrl: string;
  private readonly getLocale: () => Locale;
  private csrfToken: Promise<string> | null = null;
  /** The token once known, so a keepalive request can be sent without waiting for a promise. */
  private csrfTokenValue: string | null = null;

  constructor(options: ApiClientOptions) {
    this.fetchFn = options.fetchFn ?? ((input, init) => globalThis.fetch(input, init));
    this.baseUrl = options.baseUrl ?? '';
    this.getLocale = options.getLocale;
  }

  /** A GET whose answer is checked against `schema`: a body that does not match is an error, never rendered as is. */
  get<T>(path: string, schema: ResponseSchemaSource<T>): Promise<T> {
    return this.request('GET', path, undefined, schema);
  }

  /** A state-changing call: with a schema its answer is checked and returned, without one the answer is ignored. */
  post(path: string, body?: unknown): Promise<void>;
  post<T>(path: string, body: unknown, schema: ResponseSchemaSource<T>): Promise<T>;
  post<T>(path: string, body?: unknown, schema?: ResponseSchemaSource<T>): Promise<T | void> {
    return this.request<T | void>('POST', path, body, schema ?? ignored);
  }

  patch(path: string, body?: unknown): Promise<void>;
  patch<T>(path: string, body: unknown, schema: ResponseSchemaSource<T>): Promise<T>;
  patch<T>(path: string, body?: unknown, schema?: ResponseSchemaSource<T>): Promise<T | void> {
    return this.request<T | void>('PATCH', path, body, schema ?? ignored);
  }

  /** A multipart upload (file and fields); the browser sets the boundary, so no Content-Type is given. */
  postForm(path: string, form: FormData): Promise<void>;
  postForm<T>(path: string, form: FormData, schema: ResponseSchemaSource<T>): Promise<T>;
  postForm<T>(path: string, form: FormData, schema?: ResponseSchemaSource<T>): Promise<T | void> {
    return this.request<T | void>('POST', path, form, schema ?? ignored);
  }

  put(path: string, body?: unknown, options?: RequestOptions): Promise<void>;
  put<T>(path: string, body: unknown, options: RequestOptions, schema: ResponseSchemaSource<T>): Promise<T>;
  put<T>(
    path: string,
    body?: unknown,
    options: RequestOptions = {},
    schema?: ResponseSchemaSource<T>,
  ): Promise<T | void> {
    return this.request<T | void>('PUT', path, body, schema ?? ignored, options);
  }

  delete(path: string): Promise<void>;
  delete<T>(path: string, schema: ResponseSchemaSource<T>): Promise<T>;
  delete<T>(path: string, schema?: ResponseSchemaSource<T>): Promise<T | void> {
    return this.request<T | void>('DELETE', path, undefined, schema ?? ignored);
  }

  /**
   * Fetch the CSRF token now if it is not known, so a later keepalive save can leave synchronously: a page that
   * autosaves calls it on mount, else a reload before its first save would lose that save. Never rejects.
   */
  async prepareKeepalive(): Promise<void> {
    if (this.csrfTokenValue) return;
    await this.getCsrfToken().catch(() => undefined);
  }

  /** Forget the CSRF token: call after sign-up, sign-in, sign-out and accepting an invitation. */
  resetCsrfToken(): void {
    this.csrfToken = null;
    this.csrfTokenValue = null;
  }

  private async request<T>(
    method: HttpMethod,
    path: string,
    body: unknown,
    schemaSource: ResponseSchemaSource<T>,
    options: RequestOptions = {},
  ): Promise<T> {
    const needsCsrf = method !== 'GET';
    const sending = this.send(method, path, body, needsCsrf, options);
    // Loaded beside the request (a lazy schema is a chunk of its own); a failed load surfaces only if the request succeeds.
    const schema = loadSchema(schemaSource);
    schema.catch(() => undefined);
    let response = await sending;
    if (needsCsrf && response.status === 403) {
      const error = await toApiRequestError(response);
      if (error.code !== 'CSRF_INVALID') throw error;
      this.resetCsrfToken();
      response = await this.send(method, path, body, true);
    }
    const parsed = await this.parse(response);
    return checked(method, path, parsed, await schema.catch((cause: unknown) => Promise.reject(networkError(cause))));
  }

  private async send(
    method: HttpMethod,
    path: string,
    body: unknown,
    withCsrf: boolean,
    options: RequestOptions = {},
  ): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': this.getLocale(),
    };
    const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
    if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
    // No await when the token is known: a keepalive save on pagehide must leave before the handler returns.
    if (withCsrf) headers['X-CSRF-Token'] = this.csrfTokenValue ?? (await this.getCsrfToken());
    try {
      return await this.fetchFn(this.baseUrl + path, {
        method,
        headers,
        credentials: 'same-origin',
        ...(options.keepalive ? { keepalive: true } : {}),
        body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      });
    } catch (cause) {
      throw networkError(cause);
    }
  }

  private getCsrfToken(): Promise<string> {
    if (!this.csrfToken) {
      const pending = this.fetchCsrfToken();
      this.csrfToken = pending;
      // A failed fetch must not poison later requests.
      pending.catch(() => {
        if (this.csrfToken === pending) this.csrfToken = null;
      });
    }
    return this.csrfToken;
  }

  private async fetchCsrfToken(): Promise<string> {
    let response: Response;
    try {
      response = await this.fetchFn(this.baseUrl + CSRF_PATH, {
        method: 'GET',
        headers: { Accept: 'application/json', 'Accept-Language': this.getLocale() },
        credentials: 'same-origin',
      });
    } catch (cause) {
      throw networkError(cause);
    }
    const { csrfToken } = checked('GET', CSRF_PATH, await this.parse(response), csrfTokenSchema);
    this.csrfTokenValue = csrfToken;
    return csrfToken;
  }

  /** The body as JSON (undefined when empty); an error answer becomes an ApiRequestError. */
  private async parse(response: Response): Promise<unknown> {
    if (!response.ok) throw await toApiRequestError(response);
    if (response.status === 204) return undefined;
    const text = await response.text();
    if (text === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ApiRequestError(
        { statusCode: response.status, code: CLIENT_ERROR_CODES.unexpected, message: 'Unexpected response' },
        false,
      );
    }
  }
}

/**
 * The answer as `T` if it matches the schema; otherwise a clear error for the user and the mismatch, with its path,
 * in the console. Exported for the workshop participants' fetcher (token, no cookie), which checks the same way.
 */
export function checked<T>(method: HttpMethod, path: string, body: unknown, schema: ResponseSchema<T>): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${issuePath(issue.path)}: ${issue.message}`);
  console.error(`[api] ${method} ${path}: the response does not match its schema`, issues);
  throw new ApiRequestError(
    {
      statusCode: 200,
      code: CLIENT_ERROR_CODES.invalidResponse,
      message: `Response of ${method} ${path} does not match its schema`,
    },
    false,
  );
}

/** For calls whose answer the app ignores: nothing to check. */
const ignored: ResponseSchema<void> = { safeParse: () => ({ success: true, data: undefined }) };

/** Checked by hand: the CSRF call is in the first load, where zod is not. */
const csrfTokenSchema: ResponseSchema<CsrfTokenResponse> = {
  safeParse: (data) => {
    const token =
      typeof data === 'object' && data !== null ? (data as Partial<CsrfTokenResponse>).csrfToken : undefined;
    return typeof token === 'string' && token !== ''
      ? { success: true, data: { csrfToken: token } }
      : { success: false, error: { issues: [{ path: ['csrfToken'], message: 'expected a non-empty string' }] } };
  },
};

async function toApiRequestError(response: Response): Promise<ApiRequestError> {
  let body: unknown = null;
  try {
    body = await response.clone().json();
  } catch {
    body = null;
  }
  const retryAfter = Number(response.headers?.get('Retry-After') ?? '');
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  if (isApiError(body))
    return new ApiRequestError(body, typeof body.message === 'string' && body.message !== '', retryAfterSeconds);
  return new ApiRequestError(
    { statusCode: response.status, code: CLIENT_ERROR_CODES.unexpected, message: response.statusText || 'Error' },
    false,
    retryAfterSeconds,
  );
}

function networkError(cause: unknown): ApiRequestError {
  const error = new ApiRequestError(
    {
      statusCode: 0,
      code: CLIENT_ERROR_CODES.network,
      message: cause instanceof Error ? cause.message : 'Network error',
    },
    false,
  );
  return error;
}
