import type { DocumentTextErrorCode } from './errors';
import type { ExtractedText } from './extract-text';
import type { ExtractionLimitName, ExtractionLimits } from './limits';
import type { DocumentKind } from './sniff';

/** What an extraction worker gets as workerData. */
export interface WorkerJob {
  readonly data: Uint8Array;
  readonly limits: ExtractionLimits;
  readonly expectKind?: DocumentKind;
}

/** The one message an extraction worker posts back. */
export type WorkerReply =
  | { readonly ok: true; readonly result: ExtractedText }
  | {
      readonly ok: false;
      readonly code: DocumentTextErrorCode;
      readonly detail?: string;
      readonly limit?: ExtractionLimitName;
      readonly limitValue?: number;
    };
