import { DocumentTextError, extractText, type DocumentTextErrorCode } from '@ipgn/document-text';
import { ApiException } from '../../common/errors/api-exception';
import type { ApiErrorCode } from '../../common/i18n/api-messages';
import { DISCLOSURE_UPLOAD_EXTENSIONS, MAX_DISCLOSURE_TEXT_CHARS, MAX_DISCLOSURE_UPLOAD_BYTES } from './disclosure-types';

/** Document-text failures → our error code and field message key; all are the uploader's to fix (400). */
const DOCUMENT_ERRORS: Record<Exclude<DocumentTextErrorCode, 'TOO_LARGE'>, { code: ApiErrorCode; field: string }> = {
  EMPTY: { code: 'DOCUMENT_EMPTY', field: 'fileEmpty' },
  UNSUPPORTED_TYPE: { code: 'DOCUMENT_UNSUPPORTED', field: 'fileUnsupported' },
  ENCRYPTED: { code: 'DOCUMENT_ENCRYPTED', field: 'fileEncrypted' },
  NO_TEXT_LAYER: { code: 'DOCUMENT_NO_TEXT', field: 'fileNoText' },
  CORRUPT: { code: 'DOCUMENT_CORRUPT', field: 'fileCorrupt' },
};

/**
 * The text of an uploaded .txt/.docx/.pdf file, or an ApiException on the field `file` that says exactly what is
 * wrong with it. The name must carry one of the accepted extensions; the format itself is read from the content.
 */
export async function extractDisclosureText(data: Uint8Array, filename: string): Promise<string> {
  const extension = filename.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? '';
  if (!(DISCLOSURE_UPLOAD_EXTENSIONS as readonly string[]).includes(extension)) {
    throw ApiException.badRequest('DOCUMENT_UNSUPPORTED', [{ field: 'file', code: 'fileUnsupported' }]);
  }
  let text: string;
  try {
    text = (await extractText(data, { maxBytes: MAX_DISCLOSURE_UPLOAD_BYTES })).text;
  } catch (e) {
    if (!(e instanceof DocumentTextError)) throw e;
    if (e.code === 'TOO_LARGE') {
      throw new ApiException(413, 'PAYLOAD_TOO_LARGE', { limit: '5 MB' }, [{ field: 'file', code: 'fileTooLarge', vars: { limit: '5 MB' } }]);
    }
    const mapped = DOCUMENT_ERRORS[e.code];
    throw ApiException.badRequest(mapped.code, [{ field: 'file', code: mapped.field }]);
  }
  if (text.length > MAX_DISCLOSURE_TEXT_CHARS) {
    throw ApiException.badRequest('TEXT_TOO_LONG', [{ field: 'file', code: 'maxLength', vars: { constraint: MAX_DISCLOSURE_TEXT_CHARS } }], {
      limit: MAX_DISCLOSURE_TEXT_CHARS,
    });
  }
  return text;
}
