import { createI18nInstance } from '../i18n/i18n-instance';
import { messagesEn } from '../i18n/messages-en';
import { messagesJa } from '../i18n/messages-ja';
import { ApiRequestError } from '../api/api-request-error';
import { errorMessage } from './error-message';

const refused = (statusCode: number, retryAfterSeconds?: number) =>
  new ApiRequestError({ statusCode, code: 'X', message: 'Refused.' }, true, retryAfterSeconds);

describe('errorMessage', () => {
  const en = createI18nInstance('en', { en: messagesEn }).t;
  const ja = createI18nInstance('ja', { ja: messagesJa }).t;

  it('adds the wait of a rate limit (429 with Retry-After) in whole minutes, rounded up', () => {
    expect(errorMessage(refused(429, 1), en)).toBe('Refused. You can try again in about 1 minute.');
    expect(errorMessage(refused(429, 60), en)).toBe('Refused. You can try again in about 1 minute.');
    expect(errorMessage(refused(429, 61), en)).toBe('Refused. You can try again in about 2 minutes.');
    expect(errorMessage(refused(429, 600), ja)).toBe('Refused. 約10分後に再びお試しいただけます。');
    expect(errorMessage(refused(429, 30), ja)).toBe('Refused. 約1分後に再びお試しいただけます。');
  });

  it('adds nothing without a Retry-After, or to another status that has one', () => {
    expect(errorMessage(refused(429), en)).toBe('Refused.');
    expect(errorMessage(refused(503, 5), en)).toBe('Refused.');
  });
});
