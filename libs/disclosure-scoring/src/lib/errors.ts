/** Raised when the input cannot be scored (e.g. empty or whitespace-only text). */
export class DisclosureInputError extends Error {
  readonly code: 'EMPTY_TEXT' | 'INVALID_LANGUAGE';
  constructor(code: 'EMPTY_TEXT' | 'INVALID_LANGUAGE', message: string) {
    super(message);
    this.name = 'DisclosureInputError';
    this.code = code;
  }
}
