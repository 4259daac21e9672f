import { isApiError, type Locale, type WorkshopDepartment } from '@ipgn/contracts';
import type { AnswerValue } from '@ipgn/assessment';
import { checked } from '../../../shared/api/api-client';
import { ApiRequestError, CLIENT_ERROR_CODES } from '../../../shared/api/api-request-error';
import { lazySchemas, loadSchema, type ResponseSchemaSource } from '../../../shared/api/response-schema';
import { ThrottledRequestError } from './throttled-request-error';

/** The answers' schemas: loaded with the first call, beside its request (zod stays out of the first load). */
const schema = lazySchemas(() => import('./workshop-schemas'));

/** The participant header; the API exempts routes authenticated by it from CSRF (no cookie involved). */
export const PARTICIPANT_TOKEN_HEADER = 'X-Participant-Token';

export interface ParticipantRequest {
  locale: Locale;
  /** Absent only for joining, which is what hands out the token. */
  token?: string;
  signal?: AbortSignal;
}

function headersOf({ locale, token }: ParticipantRequest, body: boolean): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': locale };
  if (body) headers['Content-Type'] = 'application/json';
  if (token) headers[PARTICIPANT_TOKEN_HEADER] = token;
  return headers;
}

function networkError(cause: unknown): ApiRequestError {
  return new ApiRequestError(
    {
      statusCode: 0,
      code: CLIENT_ERROR_CODES.network,
      message: cause instanceof Error ? cause.message : 'Network error',
    },
    false,
  );
}

/**
 * A small fetcher for the token-authenticated participant routes (no account, no cookie, no CSRF). Errors come
 * back as the same ApiRequestError the shared client throws, so the shared error components render them; answers
 * are checked against their schemas the same way too.
 */
async function send<T>(
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  request: ParticipantRequest,
  responseSchema: ResponseSchemaSource<T>,
  body?: unknown,
): Promise<T> {
  // Loaded beside the request; a failed load surfaces only if the request succeeds (as a network error).
  const loading = loadSchema(responseSchema);
  loading.catch(() => undefined);
  let response: Response;
  try {
    response = await globalThis.fetch(path, {
      method,
      headers: headersOf(request, body !== undefined),
      credentials: 'omit',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: request.signal,
    });
  } catch (cause) {
    throw networkError(cause);
  }
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    if (response.status === 429 && isApiError(parsed)) {
      const retryAfter = Number(response.headers.get('Retry-After'));
      if (Number.isFinite(retryAfter) && retryAfter > 0) throw new ThrottledRequestError(parsed, retryAfter);
    }
    if (isApiError(parsed))
      throw new ApiRequestError(parsed, typeof parsed.message === 'string' && parsed.message !== '');
    throw new ApiRequestError(
      { statusCode: response.status, code: CLIENT_ERROR_CODES.unexpected, message: response.statusText || 'Error' },
      false,
    );
  }
  return checked(method, path, parsed, await loading.catch((cause: unknown) => Promise.reject(networkError(cause))));
}

export const participantApi = {
  lookup: (request: ParticipantRequest, code: string) =>
    send('POST', '/api/public/workshops/lookup', request, schema('joinInfoSchema'), { code }),
  join: (
    request: ParticipantRequest,
    input: { code: string; department: WorkshopDepartment; displayName?: string; deviceKey: string },
  ) => send('POST', '/api/public/workshops/join', request, schema('joinedSchema'), input),
  results: (request: ParticipantRequest) =>
    send('GET', '/api/participant/results', request, schema('participantResultsSchema')),
  workshop: (request: ParticipantRequest) =>
    send('GET', '/api/participant/workshop', request, schema('participantWorkshopSchema')),
  answer: (request: ParticipantRequest, questionId: string, value: AnswerValue | null, clientRequestId: string) =>
    send(
      'PUT',
      `/api/participant/answers/${encodeURIComponent(questionId)}`,
      request,
      schema('participantAnswerSchema'),
      { value, clientRequestId },
    ),
  eventsUrl: '/api/participant/events',
};
