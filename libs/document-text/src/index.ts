export { extractText, DEFAULT_MAX_BYTES } from './lib/extract-text';
export type { ExtractOptions, ExtractedText } from './lib/extract-text';
export { DocumentTextError } from './lib/errors';
export type { DocumentTextErrorCode } from './lib/errors';
export { sniffKind, decodeText } from './lib/sniff';
export type { DocumentKind } from './lib/sniff';
