import type { Language } from '../lib/types';
import { MAX_ANSWER_CHARS, parseSecondOpinion } from './parse-second-opinion';
import { buildSecondOpinionMessages } from './second-opinion-prompt';
import type { SecondOpinion } from './second-opinion-types';
import { SecondOpinionError } from './second-opinion-types';

/** Longest text sent for a second opinion (a long report costs much and a model reads its end poorly). */
export const MAX_SECOND_OPINION_CHARS = 30_000;
export const DEFAULT_SECOND_OPINION_TIMEOUT_MS = 30_000;

/** An OpenAI-compatible chat-completions endpoint, as configured by the operator. */
export interface SecondOpinionEndpoint {
  readonly url: string;
  readonly model: string;
  readonly apiKey?: string;
  readonly timeoutMs?: number;
  /** For tests; the global fetch otherwise. */
  readonly fetch?: typeof fetch;
}

interface ChatCompletion {
  choices?: { message?: { content?: unknown } }[];
}

/**
 * Throws SecondOpinionError TEXT_TOO_LONG for a text that is never sent. `requestSecondOpinion` checks it itself; a
 * caller that counts requests (a rate limit) checks it first, so a text that cannot be sent spends nothing.
 */
export function assertSecondOpinionText(text: string): void {
  if (text.length > MAX_SECOND_OPINION_CHARS) {
    throw new SecondOpinionError(
      'TEXT_TOO_LONG',
      `Texts over ${MAX_SECOND_OPINION_CHARS} characters are not sent for a second opinion.`,
    );
  }
}

/**
 * Asks the endpoint for a second opinion on one passage. Makes exactly one request; never retries. Throws
 * SecondOpinionError: TEXT_TOO_LONG before any request, TIMEOUT, UNAVAILABLE (network, non-2xx), BAD_RESPONSE.
 */
export async function requestSecondOpinion(
  endpoint: SecondOpinionEndpoint,
  text: string,
  language: Language,
): Promise<SecondOpinion> {
  assertSecondOpinionText(text);
  const doFetch = endpoint.fetch ?? fetch;
  const timeoutMs = endpoint.timeoutMs ?? DEFAULT_SECOND_OPINION_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  let answer: string;
  try {
    const response = await doFetch(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(endpoint.apiKey ? { authorization: `Bearer ${endpoint.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: endpoint.model,
        temperature: 0,
        messages: buildSecondOpinionMessages(text, language),
      }),
      signal,
    });
    if (!response.ok) throw new SecondOpinionError('UNAVAILABLE', `The endpoint answered ${response.status}.`);
    const raw = await response.text();
    if (raw.length > MAX_ANSWER_CHARS * 2) throw new SecondOpinionError('BAD_RESPONSE', 'The answer is too long.');
    let body: ChatCompletion;
    try {
      body = JSON.parse(raw) as ChatCompletion;
    } catch {
      throw new SecondOpinionError('BAD_RESPONSE', 'The endpoint did not answer with JSON.');
    }
    const content = body.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new SecondOpinionError('BAD_RESPONSE', 'The answer has no message content.');
    answer = content;
  } catch (e) {
    if (e instanceof SecondOpinionError) throw e;
    if (signal.aborted) throw new SecondOpinionError('TIMEOUT', `No answer within ${timeoutMs} ms.`);
    throw new SecondOpinionError('UNAVAILABLE', 'The endpoint could not be reached.');
  }
  return parseSecondOpinion(answer, text, endpoint.model);
}
