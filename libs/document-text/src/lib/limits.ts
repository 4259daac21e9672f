/** Hard caps for one extraction. Each is checked while the file is read, never after. */
export interface ExtractionLimits {
  /** Upload size in bytes. */
  readonly maxBytes: number;
  /** PDF pages (checked against the page count before any page is read). */
  readonly maxPages: number;
  /** Uncompressed bytes of one ZIP entry (counted while inflating; a declared size over it is refused at once). */
  readonly maxEntryBytes: number;
  /** Uncompressed bytes of all ZIP entries read, together. */
  readonly maxTotalUncompressedBytes: number;
  /** Inflated bytes of a PDF's compressed non-image streams together (content, fonts, object streams). */
  readonly maxPdfStreamBytes: number;
  /** ZIP entries in the central directory. */
  readonly maxZipEntries: number;
  /** Characters of extracted text (checked as text is produced). */
  readonly maxChars: number;
  /** Wall time of one extraction off the main thread (the worker is terminated). */
  readonly timeoutMs: number;
  /** Heap of the extraction worker in MB (V8 resource limit; over it the worker dies, the API does not). */
  readonly maxMemoryMb: number;
}

/** The name of a cap as it appears in errors (`limit`). */
export type ExtractionLimitName =
  'bytes' | 'pages' | 'entryBytes' | 'totalBytes' | 'zipEntries' | 'chars' | 'time' | 'memory';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export const DEFAULT_LIMITS: ExtractionLimits = {
  maxBytes: DEFAULT_MAX_BYTES,
  maxPages: 500,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalUncompressedBytes: 48 * 1024 * 1024,
  maxPdfStreamBytes: 64 * 1024 * 1024,
  maxZipEntries: 2000,
  maxChars: 1_000_000,
  timeoutMs: 15_000,
  maxMemoryMb: 256,
};

export function resolveLimits(partial: Partial<ExtractionLimits> = {}): ExtractionLimits {
  return { ...DEFAULT_LIMITS, ...partial };
}
