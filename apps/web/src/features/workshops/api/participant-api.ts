import { isApiError, type Locale } from '@ipgn/contracts';
import type { AnswerValue } from '@ipgn/assessment';
import { ApiRequestError, CLIENT_ERROR_CODES } from '../../../shared/api/api-request-error';
import { ThrottledRequestError } from './throttled-request-error';
import type {
  JoinedView,
  ParticipantAnswerView,
  ParticipantResultsView,
  ParticipantWorkshopView,
  WorkshopDepartment,
  WorkshopJoinInfoView,
} from './workshop-api-types';

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

/**
 * A small fetcher for the token-authenticated participant routes (no account, no cookie, no CSRF). Errors come
 * back as the same ApiRequestError the shared client throws, so the shared error components render them.
 */
async function send<T>(
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  request: ParticipantRequest,
  body?: unknown,
): Promise<T> {
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
    throw new ApiRequestError(
      {
        statusCode: 0,
        code: CLIENT_ERROR_CODES.network,
        message: cause instanceof Error ? cause.message : 'Network error',
      },
      false,
    );
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
  return parsed as T;
}

export const participantApi = {
  lookup: (request: ParticipantRequest, code: string) =>
    send<WorkshopJoinInfoView>('POST', '/api/public/workshops/lookup', request, { code }),
  join: (
    request: ParticipantRequest,
    input: { code: string; department: WorkshopDepartment; displayName?: string; deviceKey: string },
  ) => send<JoinedView>('POST', '/api/public/workshops/join', request, input),
  results: (request: ParticipantRequest) => send<ParticipantResultsView>('GET', '/api/participant/results', request),
  workshop: (request: ParticipantRequest) => send<ParticipantWorkshopView>('GET', '/api/participant/workshop', request),
  answer: (request: ParticipantRequest, questionId: string, value: AnswerValue | null, clientRequestId: string) =>
    send<ParticipantAnswerView>('PUT', `/api/participant/answers/${encodeURIComponent(questionId)}`, request, {
      value,
      clientRequestId,
    }),
  eventsUrl: '/api/participant/events',
};
