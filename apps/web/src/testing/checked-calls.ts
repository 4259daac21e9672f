import { ApiClient } from '../shared/api/api-client';
import { CLIENT_ERROR_CODES } from '../shared/api/api-request-error';
import { createMockApi, json } from './mock-api';

/**
 * One API call of a feature and the whole answer the API gives it (typed by the contract, so a contract change
 * breaks the fixture), with one drift of it: the call must return the answer as is and refuse the drift.
 */
export interface CheckedCallCase {
  name: string;
  /** `METHOD /path` as the mock API matches it (no query string). */
  route: string;
  status?: number;
  call: (client: ApiClient) => Promise<unknown>;
  answer: unknown;
  /** The answer as a drifted API would send it: a field renamed, dropped or of another type. */
  drifted: unknown;
  /** Where the drift is, as the console report names it (`items[0].role`). */
  driftPath: string;
}

/** The same object without `key` (a field the API stopped sending). */
export function without<T extends object>(value: T, key: keyof T): Omit<T, typeof key> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

/** Declares, for each case, that its answer is checked by its schema (in a describe block of a feature's spec). */
export function describeCheckedCalls(cases: CheckedCallCase[]): void {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  const clientFor = (body: unknown, { route, status = 200 }: CheckedCallCase) =>
    new ApiClient({ fetchFn: createMockApi({ [route]: json(status, body) }).fetch, getLocale: () => 'ja' });

  it.each(cases)('$name: returns the whole answer', async (c) => {
    await expect(c.call(clientFor(c.answer, c))).resolves.toEqual(c.answer);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it.each(cases)('$name: refuses an answer that drifted ($driftPath)', async (c) => {
    await expect(c.call(clientFor(c.drifted, c))).rejects.toMatchObject({ code: CLIENT_ERROR_CODES.invalidResponse });
    const [message, issues] = consoleError.mock.calls[0] ?? [];
    expect(String(message)).toContain(`${c.route.split(' ')[0]} `);
    expect(issues).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${escape(c.driftPath)}: `))]));
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
