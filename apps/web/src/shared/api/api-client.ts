import { isApiError, type CsrfTokenResponse, type Locale } from '@ipgn/contracts';
import { ApiRequestError, CLIENT_ERROR_CODES } from './api-request-error';

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

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  patch<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('PATCH', path, body);
  }

  /** A multipart upload (file and fields); the browser sets the boundary, so no Content-Type is given. */
  postForm<T>(path: string, form: FormData): Promise<T> {
    return this.request<T>('POST', path, form);
  }

  put<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('PUT', path, body, options);
  }

  delete<T = void>(path: string): Promise<T> {
    return this.request<T>('DELETE', path);
  }

  /** Forget the CSRF token: call after sign-up, sign-in, sign-out and accepting an invitation. */
  resetCsrfToken(): void {
    this.csrfToken = null;
    this.csrfTokenValue = null;
  }

  private async request<T>(method: HttpMethod, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    const needsCsrf = method !== 'GET';
    const response = await this.send(method, path, body, needsCsrf, options);
    if (needsCsrf && response.status === 403) {
      const error = await toApiRequestError(response);
      if (error.code !== 'CSRF_INVALID') throw error;
      this.resetCsrfToken();
      return this.parse<T>(await this.send(method, path, body, true));
    }
    return this.parse<T>(response);
  }

  private async send(method: HttpMethod, path: string, body: unknown, withCsrf: boolean, options: RequestOptions = {}): Promise<Response> {
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
    const { csrfToken } = await this.parse<CsrfTokenResponse>(response);
    this.csrfTokenValue = csrfToken;
    return csrfToken;
  }

  private async parse<T>(response: Response): Promise<T> {
    if (!response.ok) throw await toApiRequestError(response);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    if (text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ApiRequestError(
        { statusCode: response.status, code: CLIENT_ERROR_CODES.unexpected, message: 'Unexpected response' },
        false,
      );
    }
  }
}

async function toApiRequestError(response: Response): Promise<ApiRequestError> {
  let body: unknown = null;
  try {
    body = await response.clone().json();
  } catch {
    body = null;
  }
  const retryAfter = Number(response.headers?.get('Retry-After') ?? '');
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  if (isApiError(body)) return new ApiRequestError(body, typeof body.message === 'string' && body.message !== '', retryAfterSeconds);
  return new ApiRequestError(
    { statusCode: response.status, code: CLIENT_ERROR_CODES.unexpected, message: response.statusText || 'Error' },
    false,
    retryAfterSeconds,
  );
}

function networkError(cause: unknown): ApiRequestError {
  const error = new ApiRequestError(
    { statusCode: 0, code: CLIENT_ERROR_CODES.network, message: cause instanceof Error ? cause.message : 'Network error' },
    false,
  );
  return error;
}
