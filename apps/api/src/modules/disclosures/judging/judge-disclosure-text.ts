import { DisclosureInputError, type DisclosureScore, type DocumentType, type Language } from '@ipgn/disclosure-scoring';
import { ApiException } from '../../../common/errors/api-exception';
import { judgeOffThread } from './judge-off-thread';

/**
 * Judges a text in a worker thread (a 200,000-character text would otherwise hold the event loop for ~0.3 s); a
 * text with nothing to judge is 400 `TEXT_EMPTY` on `field`. `companyNames` never count as specific content.
 */
export async function judgeDisclosureText(
  text: string,
  language: Language | undefined,
  field: 'text' | 'file',
  companyNames: readonly string[],
  documentType: DocumentType,
): Promise<DisclosureScore> {
  try {
    return await judgeOffThread(text, { ...(language ? { language } : {}), companyNames, documentType });
  } catch (e) {
    if (e instanceof DisclosureInputError && e.code === 'EMPTY_TEXT') {
      throw ApiException.badRequest('TEXT_EMPTY', [{ field, code: 'textEmpty' }]);
    }
    throw e;
  }
}
