import type { ExtractionLimitName } from './limits';

export type DocumentTextErrorCode =
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_TYPE'
  | 'ENCRYPTED'
  | 'NO_TEXT_LAYER'
  | 'CORRUPT'
  | 'LIMIT_EXCEEDED'
  | 'BUSY'
  | 'TYPE_MISMATCH';

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
  LIMIT_EXCEEDED: { ja: 'ファイルが処理の上限を超えています。', en: 'The file exceeds a processing limit.' },
  TYPE_MISMATCH: {
    ja: 'ファイルの内容が拡張子の形式と一致しません。',
    en: 'The content of the file does not match its extension.',
  },
  BUSY: { ja: '読み取り待ちのファイルが多すぎます。', en: 'Too many files are waiting to be read.' },
};

/** A typed, user-presentable failure to extract text; `code` is stable for API error mapping. */
export class DocumentTextError extends Error {
  readonly code: DocumentTextErrorCode;
  readonly messageJa: string;
  /** For LIMIT_EXCEEDED / TOO_LARGE: which cap, and its value. */
  readonly limit?: ExtractionLimitName;
  readonly limitValue?: number;
  readonly detail?: string;
  constructor(code: DocumentTextErrorCode, detail?: string, limit?: { name: ExtractionLimitName; value: number }) {
    const m = MESSAGES[code];
    super(detail ? `${m.en} (${detail})` : m.en);
    this.detail = detail;
    this.name = 'DocumentTextError';
    this.code = code;
    this.messageJa = m.ja;
    if (limit) {
      this.limit = limit.name;
      this.limitValue = limit.value;
    }
  }

  static limit(name: ExtractionLimitName, value: number, detail?: string): DocumentTextError {
    return new DocumentTextError(name === 'bytes' ? 'TOO_LARGE' : 'LIMIT_EXCEEDED', detail ?? `${name} > ${value}`, {
      name,
      value,
    });
  }
}
