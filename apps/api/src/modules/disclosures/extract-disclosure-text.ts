import {
  DocumentTextError,
  type DocumentExtractionPool,
  type DocumentKind,
  type DocumentTextErrorCode,
  type ExtractionLimitName,
} from '@ipgn/document-text';
import { ApiException } from '../../common/errors/api-exception';
import type { ApiErrorCode } from '../../common/i18n/api-messages';
import { DISCLOSURE_UPLOAD_EXTENSIONS, MAX_DISCLOSURE_TEXT_CHARS, MAX_DISCLOSURE_UPLOAD_BYTES } from '@ipgn/contracts';
import type { UploadedDisclosureFile } from './disclosures.service';

type PlainCode = Exclude<DocumentTextErrorCode, 'TOO_LARGE' | 'LIMIT_EXCEEDED' | 'BUSY'>;

/** Document-text failures → our error code and field message key; all are the uploader's to fix (400). */
const DOCUMENT_ERRORS: Record<PlainCode, { code: ApiErrorCode; field: string }> = {
  EMPTY: { code: 'DOCUMENT_EMPTY', field: 'fileEmpty' },
  UNSUPPORTED_TYPE: { code: 'DOCUMENT_UNSUPPORTED', field: 'fileUnsupported' },
  ENCRYPTED: { code: 'DOCUMENT_ENCRYPTED', field: 'fileEncrypted' },
  NO_TEXT_LAYER: { code: 'DOCUMENT_NO_TEXT', field: 'fileNoText' },
  CORRUPT: { code: 'DOCUMENT_CORRUPT', field: 'fileCorrupt' },
  TYPE_MISMATCH: { code: 'DOCUMENT_TYPE_MISMATCH', field: 'fileTypeMismatch' },
};

const KIND_BY_EXTENSION: Record<string, DocumentKind> = { '.txt': 'txt', '.docx': 'docx', '.pdf': 'pdf' };

/** Caps of an uploaded disclosure document (the upload size and text length are the product's own limits). */
export const DISCLOSURE_EXTRACTION_LIMITS = {
  maxBytes: MAX_DISCLOSURE_UPLOAD_BYTES,
  maxChars: MAX_DISCLOSURE_TEXT_CHARS,
  maxPages: 500,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalUncompressedBytes: 48 * 1024 * 1024,
  maxMemoryMb: 256,
} as const;

/** Seconds a client is asked to wait when every extraction slot and the queue are taken. */
export const EXTRACTION_RETRY_AFTER_SECONDS = 5;

function describeLimit(name: ExtractionLimitName | undefined, value: number | undefined): string {
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  switch (name) {
    case 'pages':
      return `${value} pages`;
    case 'entryBytes':
      return `${mb(value ?? 0)} per part, uncompressed`;
    case 'totalBytes':
      return `${mb(value ?? 0)} uncompressed`;
    case 'zipEntries':
      return `${value} parts`;
    case 'time':
      return `${Math.round((value ?? 0) / 1000)} s`;
    case 'memory':
      return `${value} MB memory`;
    default:
      return String(value ?? '');
  }
}

function toApiException(e: DocumentTextError): ApiException {
  if (e.code === 'TOO_LARGE') {
    return new ApiException(413, 'PAYLOAD_TOO_LARGE', { limit: '5 MB' }, [
      { field: 'file', code: 'fileTooLarge', vars: { limit: '5 MB' } },
    ]);
  }
  if (e.code === 'BUSY') return ApiException.retryLater(503, 'EXTRACTION_BUSY', EXTRACTION_RETRY_AFTER_SECONDS);
  if (e.code === 'LIMIT_EXCEEDED') {
    if (e.limit === 'chars') {
      return ApiException.badRequest(
        'TEXT_TOO_LONG',
        [{ field: 'file', code: 'maxLength', vars: { constraint: MAX_DISCLOSURE_TEXT_CHARS } }],
        {
          limit: MAX_DISCLOSURE_TEXT_CHARS,
        },
      );
    }
    const vars = { limitName: e.limit, limit: describeLimit(e.limit, e.limitValue) };
    return new ApiException(413, 'DOCUMENT_LIMIT_EXCEEDED', vars, [{ field: 'file', code: 'fileLimitExceeded', vars }]);
  }
  const mapped = DOCUMENT_ERRORS[e.code];
  return ApiException.badRequest(mapped.code, [{ field: 'file', code: mapped.field }]);
}

/** An uploaded file that passed the checks needing no reading: judged next, within the judging budget. */
export interface AcceptedUpload {
  readonly filename: string;
  readonly data: Uint8Array;
}

/**
 * What can be told of an upload without reading it, as a 400 on the field `file`: a file is there, it is not empty
 * and its name carries an accepted extension. Called before the judging budget is charged, so bad input spends none.
 */
export function acceptDisclosureUpload(file: UploadedDisclosureFile | undefined): AcceptedUpload {
  if (!file) throw ApiException.badRequest('FILE_REQUIRED', [{ field: 'file', code: 'fileRequired' }]);
  const filename = file.originalname.slice(0, 255);
  kindOf(filename);
  if (file.buffer.byteLength === 0) throw toApiException(new DocumentTextError('EMPTY'));
  return { filename, data: new Uint8Array(file.buffer.buffer, file.buffer.byteOffset, file.buffer.byteLength) };
}

/** The kind a file name says, or 400 `DOCUMENT_UNSUPPORTED` for any other extension. */
function kindOf(filename: string): DocumentKind {
  const extension = filename.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? '';
  if (!(DISCLOSURE_UPLOAD_EXTENSIONS as readonly string[]).includes(extension)) {
    throw ApiException.badRequest('DOCUMENT_UNSUPPORTED', [{ field: 'file', code: 'fileUnsupported' }]);
  }
  return KIND_BY_EXTENSION[extension];
}

/**
 * The text of an uploaded .txt/.docx/.pdf file, or an ApiException on the field `file` that says exactly what is
 * wrong with it. The name must carry one of the accepted extensions and the content must be of that kind. The
 * work runs in the extraction pool (another process, capped in pages, bytes, characters, time and memory).
 */
export async function extractDisclosureText(
  pool: DocumentExtractionPool,
  data: Uint8Array,
  filename: string,
): Promise<string> {
  const expectKind = kindOf(filename);
  try {
    return (await pool.extract(data, { ...DISCLOSURE_EXTRACTION_LIMITS, expectKind })).text;
  } catch (e) {
    if (e instanceof DocumentTextError) throw toApiException(e);
    throw e;
  }
}
