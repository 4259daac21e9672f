/** Raised when the input cannot be scored (e.g. empty or whitespace-only text). */
export class DisclosureInputError extends Error {
  readonly code: 'EMPTY_TEXT' | 'INVALID_LANGUAGE' | 'INVALID_DOCUMENT_TYPE';
  constructor(code: 'EMPTY_TEXT' | 'INVALID_LANGUAGE' | 'INVALID_DOCUMENT_TYPE', message: string) {
    super(message);
    this.name = 'DisclosureInputError';
    this.code = code;
  }
}
