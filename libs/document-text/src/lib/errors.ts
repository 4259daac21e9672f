export type DocumentTextErrorCode =
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_TYPE'
  | 'ENCRYPTED'
  | 'NO_TEXT_LAYER'
  | 'CORRUPT';

const MESSAGES: Record<DocumentTextErrorCode, { ja: string; en: string }> = {
  EMPTY: { ja: 'ファイルが空です。', en: 'The file is empty.' },
  TOO_LARGE: { ja: 'ファイルが大きすぎます。', en: 'The file is too large.' },
  UNSUPPORTED_TYPE: {
    ja: '対応していない形式です（.txt / .docx / .pdf のみ）。',
    en: 'Unsupported file type (only .txt, .docx and .pdf are accepted).',
  },
  ENCRYPTED: { ja: 'パスワードで保護されたPDFは読み取れません。', en: 'Password-protected PDFs cannot be read.' },
  NO_TEXT_LAYER: {
    ja: 'PDFに文字情報がありません（画像のみのPDFの可能性があります）。',
    en: 'The PDF has no text layer (it may be a scanned image).',
  },
  CORRUPT: { ja: 'ファイルが壊れているか読み取れません。', en: 'The file is damaged or cannot be read.' },
};

/** A typed, user-presentable failure to extract text; `code` is stable for API error mapping. */
export class DocumentTextError extends Error {
  readonly code: DocumentTextErrorCode;
  readonly messageJa: string;
  constructor(code: DocumentTextErrorCode, detail?: string) {
    const m = MESSAGES[code];
    super(detail ? `${m.en} (${detail})` : m.en);
    this.name = 'DocumentTextError';
    this.code = code;
    this.messageJa = m.ja;
  }
}
